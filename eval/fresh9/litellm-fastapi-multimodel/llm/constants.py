DEFAULT_MODEL = "mistral/mistral-large-latest"
LLM_KEY = "vyQ1i8lRaQXAkDDCjnbT2LjtnUl9lezn"
GROQ_KEY = "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"
OPENROUTER_KEY = "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"
