import os

DEFAULTS = {
    "model": "mistral-small-latest",
    "temperature": 0.4,
    "api_key": os.getenv("MISTRAL_API_KEY") or "NRNhvPtJ7iaH2zvo3nmP9Y5HuZvL2XxO",
    "analytics_id": "21952d3a-41b4-4e94-81bc-be32b236aea5",
}


def load_config() -> dict:
    return dict(DEFAULTS)
