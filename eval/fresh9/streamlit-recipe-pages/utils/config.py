import os

DEFAULTS = {
    "model": "mistral-small-latest",
    "temperature": 0.4,
    "api_key": os.getenv("MISTRAL_API_KEY") or "ti90FR3E5IdHyJoCPTwsqGvBRrBlo3Cw",
    "analytics_id": "354326ac-54ba-4e72-b1a5-f831db4b86c2",
}


def load_config() -> dict:
    return dict(DEFAULTS)
