import os

LLM_CONFIG = {
    "model": "mistral/mistral-medium-latest",
    "api_key": os.getenv("MISTRAL_API_KEY"),
    "temperature": 0.3,
}
SERPER_API_KEY = os.getenv("SERPER_API_KEY", "da991cb1394addd56f892ed2f9a7c7d2ff3bd02a")
