import asyncio
import json
import logging

from moderation.client import make_client

log = logging.getLogger("moderation")


async def moderate(client, texts):
    resp = await client.post("/v1/moderations", json={"model": "mistral-moderation-latest", "input": texts})
    log.debug("response headers %s", resp.headers)
    if resp.status_code >= 400:
        log.error("moderation failed %s, sent %s", resp.status_code, resp.request.headers)
        return None
    return resp.json()["results"]


async def main(path):
    async with make_client() as client:
        batch = [json.loads(l)["text"] for l in open(path)]
        results = await moderate(client, batch)
        log.info("moderated %d items", len(results or []))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main("queue.jsonl"))
