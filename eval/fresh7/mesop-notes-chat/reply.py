import logging

from mistralai import Mistral

from settings import settings

log = logging.getLogger(__name__)
client = Mistral(api_key=settings.api_key)


def stream_reply(messages):
    try:
        for chunk in client.chat.stream(model=settings.model, messages=messages):
            yield chunk.data.choices[0].delta.content or ""
    except Exception:
        log.exception("stream failed")
        yield "Sorry, the assistant is unavailable right now."
