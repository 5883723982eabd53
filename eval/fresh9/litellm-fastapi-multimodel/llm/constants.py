DEFAULT_MODEL = "mistral/mistral-large-latest"
LLM_KEY = "e5u0dbsvqlTEMrQUOI3cAZhMbE8y4Gkq"
GROQ_KEY = "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"
OPENROUTER_KEY = "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"
