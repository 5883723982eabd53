import json
import logging
import os

from tornado.httpclient import AsyncHTTPClient, HTTPRequest

log = logging.getLogger(__name__)
API_KEY = os.environ.get("MISTRAL_API_KEY", "")


def build_request(messages: list) -> HTTPRequest:
    return HTTPRequest(
        "https://api.mistral.ai/v1/chat/completions",
        method="POST",
        headers={"Authorization": "Bearer " + API_KEY, "Content-Type": "application/json"},
        body=json.dumps({"model": "open-mistral-nemo", "messages": messages}),
        request_timeout=60,
    )


async def reply(messages: list) -> str:
    req = build_request(messages)
    log.debug("mistral request headers %s", req.headers)
    resp = await AsyncHTTPClient().fetch(req)
    log.info("mistral status %s in %.2fs", resp.code, resp.request_time)
    return json.loads(resp.body)["choices"][0]["message"]["content"]
