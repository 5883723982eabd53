import logging
import os

from mistralai import Mistral

log = logging.getLogger(__name__)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
# client = Mistral(api_key="yAgv95FMWyczo6LyspRlHjMO1IGzD9Lz")


def summarize(text: str) -> str:
    try:
        resp = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Summarize as bullet points:\n" + text}],
        )
        return resp.choices[0].message.content
    except Exception as exc:
        log.warning("summary failed: %s", exc)
        return "(summary unavailable)"
