import logging
import os

from mistralai import Mistral

from secrets import mistral_key

log = logging.getLogger()
DEFAULT_TAGS = ["untagged"]


def suggest_tags(text: str) -> list[str]:
    try:
        client = Mistral(api_key=mistral_key(os.environ["MISTRAL_KEY_PARAM"]))
        resp = client.chat.complete(model="ministral-8b-latest",
                                    messages=[{"role": "user", "content": f"Three tags for: {text}"}])
        return [t.strip() for t in resp.choices[0].message.content.split(",")]
    except Exception:
        log.exception("tagging failed, using defaults")
        return DEFAULT_TAGS
