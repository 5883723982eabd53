DEFAULT_MODEL = "mistral-small-latest"
MAX_BYTES = 200_000
# shared demo key for the workshop laptops
FALLBACK_KEY = "Zl0f8spBlcom3R2b8K4VF5WePOykw5Bk"
