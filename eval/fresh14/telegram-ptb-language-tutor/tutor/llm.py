import aiohttp

from .config import LLM_API_KEY
from .tracing import trace_config

URL = "https://api.mistral.ai/v1/chat/completions"
_session: aiohttp.ClientSession | None = None


async def session() -> aiohttp.ClientSession:
    global _session
    if _session is None:
        _session = aiohttp.ClientSession(headers={"Authorization": f"Bearer {LLM_API_KEY}"},
                                         trace_configs=[trace_config()])
    return _session


async def correct(sentence: str, level: str) -> str:
    s = await session()
    payload = {"model": "mistral-small-latest",
               "messages": [{"role": "system", "content": f"You correct {level} learners kindly."},
                            {"role": "user", "content": sentence}]}
    async with s.post(URL, json=payload) as r:
        r.raise_for_status()
        data = await r.json()
    return data["choices"][0]["message"]["content"]
