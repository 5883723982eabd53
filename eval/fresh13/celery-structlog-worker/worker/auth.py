import os


def auth_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}", "Accept": "application/json"}
