import httpx

ENDPOINT = "https://api.mistral.ai/v1/chat/completions"


def suggest(api_key: str, model: str, diff: str) -> str:
    r = httpx.post(
        ENDPOINT,
        headers={"Authorization": f"Bearer {api_key}"},
        json={"model": model, "messages": [{"role": "user", "content": "Write a commit message for:\n" + diff}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()
