from airflow.hooks.base import BaseHook

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def mistral_headers() -> dict:
    conn = BaseHook.get_connection("mistral_api")
    return {"Authorization": f"Bearer {conn.password}", "Content-Type": "application/json"}
