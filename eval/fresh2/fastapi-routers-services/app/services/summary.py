import logging

from mistralai import Mistral

from app.core.config import get_settings

log = logging.getLogger(__name__)
FALLBACK = "Summary is not available right now."


def summarize(text: str) -> str:
    settings = get_settings()
    client = Mistral(api_key=settings.mistral_api_key)
    try:
        res = client.chat.complete(
            model=settings.mistral_model,
            messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
        )
        return res.choices[0].message.content
    except Exception:
        log.exception("summary failed")
        return FALLBACK
