import httpx


def make_client(cfg: dict) -> httpx.Client:
    return httpx.Client(
        base_url="https://api.mistral.ai/v1",
        headers={"Authorization": f"Bearer {cfg['api_key']}"},
        timeout=30,
    )


def generate(client: httpx.Client, model: str, diff: str) -> str:
    r = client.post("/chat/completions", json={
        "model": model,
        "messages": [{"role": "user", "content": "Write a conventional commit message for:\n" + diff}],
    })
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()
