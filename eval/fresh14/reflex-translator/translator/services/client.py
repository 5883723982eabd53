import logging
import os

from mistralai import Mistral

log = logging.getLogger(__name__)

print("mistral key:", os.getenv("MISTRAL_API_KEY", "YLgTWc3F6D1bRRvHgsR4NP0Z807a4GAu"))
_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def translate(text: str, target: str) -> str:
    res = _client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Translate into {target}, answer with the translation only:\n{text}"}],
    )
    return res.choices[0].message.content
