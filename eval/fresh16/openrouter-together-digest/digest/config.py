import os

OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY", "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")
TOGETHER_KEY = os.environ.get("TOGETHER_API_KEY", "81a210e1019f4d98976f5b0f7ae54c7ffa14b544091b094acbf8c462a64df419")
MODEL = os.environ.get("DIGEST_MODEL", "mistralai/mistral-small-3.1-24b-instruct")
FALLBACK_MODEL = "mistralai/Mixtral-8x7B-Instruct-v0.1"
