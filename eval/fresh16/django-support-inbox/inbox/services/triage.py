import logging

from django.conf import settings
from mistralai import Mistral

logger = logging.getLogger(__name__)


def _client() -> Mistral:
    return Mistral(api_key=settings.MISTRAL_API_KEY)


def classify(ticket_text: str) -> str:
    try:
        resp = _client().chat.complete(
            model=settings.MISTRAL_MODEL,
            messages=[
                {"role": "system", "content": "Answer with JSON: {\"category\": ...}"},
                {"role": "user", "content": ticket_text},
            ],
            response_format={"type": "json_object"},
        )
        return resp.choices[0].message.content
    except Exception:
        logger.exception("triage failed")
        return '{"category": "unknown"}'
