import os

import aiohttp

_session: aiohttp.ClientSession | None = None


async def get_session() -> aiohttp.ClientSession:
    global _session
    if _session is None:
        _session = aiohttp.ClientSession(
            base_url="https://api.mistral.ai",
            headers={"Authorization": f"Bearer {os.getenv('MISTRAL_API_KEY')}"},
        )
    return _session
