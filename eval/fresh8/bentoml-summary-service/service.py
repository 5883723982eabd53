import logging

import bentoml
from mistralai import Mistral

import settings

log = logging.getLogger("bentoml")


@bentoml.service(resources={"cpu": "1"}, traffic={"timeout": 60})
class Summarizer:
    def __init__(self) -> None:
        self.client = Mistral(api_key=settings.KEY)

    @bentoml.api
    def summarize(self, text: str) -> dict:
        try:
            res = self.client.chat.complete(model=settings.MODEL,
                                            messages=[{"role": "user", "content": text[: settings.MAX_INPUT]}])
            return {"summary": res.choices[0].message.content}
        except Exception:
            log.exception("summarize failed")
            return {"error": "summary failed"}
