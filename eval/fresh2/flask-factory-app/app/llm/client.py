from flask import current_app
from mistralai import Mistral

_client = None


def get_client() -> Mistral:
    global _client
    if _client is None:
        _client = Mistral(api_key=current_app.config["MISTRAL_API_KEY"])
    return _client
