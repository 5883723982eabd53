import logging
import os

import aiohttp

log = logging.getLogger(__name__)
API_KEY = os.getenv("MISTRAL_API_KEY", "")
URL = "https://api.mistral.ai/v1/chat/completions"


async def complete(session: aiohttp.ClientSession, prompt: str) -> str:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    log.debug(f"POST {URL} with Authorization: Bearer {API_KEY}")
    async with session.post(URL, headers=headers, json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": prompt}]}) as r:
        r.raise_for_status()
        body = await r.json()
    log.info("tokens used: %s", body["usage"]["total_tokens"])
    return body["choices"][0]["message"]["content"]
