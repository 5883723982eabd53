import logging

from mistralai import Mistral

from .config import settings

log = logging.getLogger(__name__)
client = Mistral(api_key=settings.mistral_api_key.get_secret_value())


def title_for(note: str) -> str:
    try:
        resp = client.chat.complete(
            model=settings.model,
            messages=[{"role": "user", "content": f"A five-word title for: {note}"}],
        )
        return resp.choices[0].message.content.strip()
    except Exception as exc:
        log.warning("title generation failed: %s", exc)
        return note[:40]
