import logging
import os

from mistralai import Mistral

log = logging.getLogger(__name__)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def explain(term: str) -> str:
    try:
        resp = client.chat.complete(
            model=os.environ.get("MISTRAL_MODEL", "mistral-small-latest"),
            messages=[{"role": "user", "content": f"Explain the term {term} in two sentences."}],
        )
        return resp.choices[0].message.content
    except Exception:
        log.exception("mistral failed for %s", term)
        return "No explanation available right now."
