from gate.client import client


async def explain_flag(text: str) -> str:
    r = await client.post("/chat/completions", json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Why could this be flagged? " + text}]})
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
