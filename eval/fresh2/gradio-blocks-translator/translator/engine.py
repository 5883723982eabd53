import logging
import os

from mistralai import Mistral

from translator.keys import DEFAULT_KEY

log = logging.getLogger(__name__)
client = Mistral(api_key=os.getenv("MISTRAL_API_KEY", DEFAULT_KEY))
MODEL = "mistral-small-latest"


def translate(text: str, target: str) -> str:
    try:
        res = client.chat.complete(
            model=MODEL,
            messages=[{"role": "user", "content": f"Translate to {target}:\n{text}"}],
        )
        return res.choices[0].message.content
    except Exception:
        log.exception("translation failed")
        return "Translation unavailable, try again later."


def summarize_doc(text: str) -> str:
    res = client.chat.complete(
        model=MODEL,
        messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
    )
    return res.choices[0].message.content
