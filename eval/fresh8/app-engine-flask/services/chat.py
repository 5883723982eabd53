import logging
import os

from mistralai import Mistral

log = logging.getLogger(__name__)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def answer(question: str) -> str:
    try:
        res = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": question}])
        return res.choices[0].message.content
    except Exception:
        log.exception("chat failed")
        return "The assistant is busy, please retry."
