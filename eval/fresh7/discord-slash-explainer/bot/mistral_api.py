import os

import aiohttp

session: aiohttp.ClientSession | None = None


async def open_session():
    global session
    session = aiohttp.ClientSession(
        base_url="https://api.mistral.ai",
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
    )
    return session


async def explain(topic: str) -> str:
    async with session.post("/v1/chat/completions", json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": f"Explain {topic}"}]}) as r:
        r.raise_for_status()
        return (await r.json())["choices"][0]["message"]["content"]
