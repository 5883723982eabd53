import hashlib
import json
import logging

import redis.asyncio as redis

from app.http import mistral_http

log = logging.getLogger(__name__)
r = redis.from_url("redis://localhost")


async def cached_completion(payload: dict) -> dict:
    key = "cmpl:" + hashlib.sha1(json.dumps(payload, sort_keys=True).encode()).hexdigest()
    if (hit := await r.get(key)) is not None:
        return json.loads(hit)
    log.debug("cache miss %s, calling upstream with %s", key, mistral_http.headers)
    resp = await mistral_http.post("/chat/completions", json=payload)
    resp.raise_for_status()
    await r.set(key, resp.text, ex=3600)
    return resp.json()
