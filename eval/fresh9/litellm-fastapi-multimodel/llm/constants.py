DEFAULT_MODEL = "mistral/mistral-large-latest"
LLM_KEY = "QwByOHMVHKxQUj4wK8Pora67lgJIgqgq"
GROQ_KEY = "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"
OPENROUTER_KEY = "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"
