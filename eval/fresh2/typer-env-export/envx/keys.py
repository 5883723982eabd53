import os

import keyring


def resolve_key() -> str:
    return os.environ.get("MISTRAL_API_KEY") or keyring.get_password("mistral", "default") or ""


def settings_dict() -> dict:
    return {
        "model": os.environ.get("MISTRAL_MODEL", "mistral-small-latest"),
        "api_key": resolve_key(),
        "timeout": 60,
    }
