import os

DEFAULTS = {
    "model": "mistral-small-latest",
    "temperature": 0.4,
    "api_key": os.getenv("MISTRAL_API_KEY") or "SDQHk7l2ObW4xm29a5JV7YKuAtHdYRBS",
    "analytics_id": "efcafee5-2825-4bf7-ab6b-110f9d31d69a",
}


def load_config() -> dict:
    return dict(DEFAULTS)
