import json
import os

API = "https://api.mistral.ai/v1/chat/completions"


def curl_for(payload: dict) -> str:
    key = os.environ["MISTRAL_API_KEY"]
    return f"curl -s {API} -H 'Authorization: Bearer {key}' -d '{json.dumps(payload)}'"
