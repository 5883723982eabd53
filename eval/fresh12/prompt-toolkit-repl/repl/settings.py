import os


def settings() -> dict:
    return {"api_key": os.environ["MISTRAL_API_KEY"], "model": "open-mistral-nemo", "url": "https://api.mistral.ai/v1/chat/completions"}
