import os

API_KEY = "LT52DH4e8s4Gf1RlBKSeHFyw0yZnIRvJ"
MISTRAL_KEY = os.environ.get("MISTRAL_API_KEY", "")
RERANK_MODEL = "rerank-english-v3.0"
