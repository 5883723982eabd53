import logging
import os

from mistralai import Mistral

log = logging.getLogger(__name__)
KEY = os.environ.get("MISTRAL_API_KEY", "")
client = Mistral(api_key=KEY)
log.info("mistral key loaded: %s (%d chars, starts %s)", bool(KEY), len(KEY), KEY[:4])


def answer(question: str) -> str:
    try:
        res = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": question}])
        return res.choices[0].message.content
    except Exception:
        log.exception("answer failed")
        return "I can't answer right now."


async def stream_answer(question: str):
    try:
        stream = await client.chat.stream_async(model="mistral-small-latest", messages=[{"role": "user", "content": question}])
        async for ev in stream:
            yield ev.data.choices[0].delta.content or ""
    except Exception:
        log.exception("stream failed")
        yield "[the assistant is unavailable]"
