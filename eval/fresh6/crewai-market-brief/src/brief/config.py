import os

LLM_CONFIG = {
    "model": "mistral/mistral-medium-latest",
    "api_key": os.getenv("MISTRAL_API_KEY"),
    "temperature": 0.3,
}
SERPER_API_KEY = os.getenv("SERPER_API_KEY", "38a14d249bb44bdaede5c2b3636af75807fdbf86")
