import logging

from mistralai import Mistral

from settings import Settings

log = logging.getLogger(__name__)
FALLBACK = "Translation is unavailable right now, please retry in a minute."


def translate(cfg: Settings, text: str, target: str) -> str:
    client = Mistral(api_key=cfg.api_key)
    try:
        res = client.chat.complete(
            model=cfg.model,
            messages=[{"role": "user", "content": f"Translate to {target}:\n{text}"}],
        )
        return res.choices[0].message.content
    except Exception:
        log.exception("mistral translate failed")
        return FALLBACK
