import logging

from django.conf import settings

from articles.client import mistral_http

logger = logging.getLogger(__name__)


class SummaryService:
    def summarize(self, text: str) -> str:
        logger.debug("POST /chat/completions with %s", mistral_http.headers)
        r = mistral_http.post("/chat/completions", json={
            "model": settings.MISTRAL_MODEL,
            "messages": [{"role": "user", "content": "Summarize:\n" + text}],
        })
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
