import os

LLM_KWARGS = {
    "model": "mistral-large-latest",
    "temperature": 0.1,
    "api_key": os.environ["MISTRAL_API_KEY"],
}
