import asyncio
import logging
import sys

from .http import make_client
from .settings import settings

log = logging.getLogger("embedder")


async def embed_file(path: str) -> None:
    lines = [l.strip() for l in open(path) if l.strip()]
    async with make_client() as client:
        log.debug("client ready: base=%s headers=%s", client.base_url, client.headers)
        for i in range(0, len(lines), settings.batch_size):
            r = await client.post("/embeddings", json={"model": "mistral-embed", "input": lines[i : i + settings.batch_size]})
            r.raise_for_status()
            log.info("batch %d: %d vectors", i, len(r.json()["data"]))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    log.info("settings: %s", settings)
    asyncio.run(embed_file(sys.argv[1]))
