import os

import aiohttp

CHAT_URL = "https://api.mistral.ai/v1/chat/completions"


def auth_headers() -> dict:
    return {
        "Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}",
        "Content-Type": "application/json",
    }


async def translate(session: aiohttp.ClientSession, text: str, target: str) -> str:
    payload = {
        "model": "mistral-small-latest",
        "messages": [
            {"role": "system", "content": f"Translate the user text into {target}. Reply with the translation only."},
            {"role": "user", "content": text},
        ],
    }
    async with session.post(CHAT_URL, json=payload, headers=auth_headers()) as resp:
        resp.raise_for_status()
        data = await resp.json()
        return data["choices"][0]["message"]["content"]
