import logging

from flask import current_app
from mistralai import Mistral
from mistralai.models import SDKError

log = logging.getLogger(__name__)


def summarize(text: str) -> str:
    client = Mistral(api_key=current_app.config["MISTRAL_API_KEY"])
    try:
        res = client.chat.complete(
            model=current_app.config["MISTRAL_MODEL"],
            messages=[{"role": "user", "content": "Summarize:\n" + text}],
        )
        return res.choices[0].message.content
    except SDKError as err:
        log.warning("summary failed: %s", err)
        return "Summary unavailable right now."
