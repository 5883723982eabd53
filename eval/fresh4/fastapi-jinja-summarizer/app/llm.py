import os

import httpx

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


async def summarize(text: str) -> dict:
    async with httpx.AsyncClient(timeout=60) as client:
        r = await client.post(
            MISTRAL_URL,
            headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
            json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": f"Summarize:\n{text}"}]},
        )
    if r.status_code != 200:
        return {"ok": False, "error": r.text}
    return {"ok": True, "summary": r.json()["choices"][0]["message"]["content"]}
