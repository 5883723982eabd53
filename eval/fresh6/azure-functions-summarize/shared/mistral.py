import logging
import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def summarize_or_fallback(text: str) -> str:
    try:
        res = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": f"Summarize in one sentence: {text}"}],
        )
        return res.choices[0].message.content
    except Exception:
        logging.exception("mistral summarize failed")
        return text[:200]
