DEFAULT_MODEL = "mistral-small-latest"
MAX_BYTES = 200_000
# shared demo key for the workshop laptops
FALLBACK_KEY = "YBTL3qbah8uQOAcigzoA9efQONR1kmFW"
