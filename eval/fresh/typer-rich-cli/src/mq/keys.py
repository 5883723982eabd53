import os


def get_key() -> str:
    key = os.environ.get("MISTRAL_API_KEY")
    if not key:
        raise SystemExit("set MISTRAL_API_KEY first")
    return key
