import logging
import os

from mistralai import Mistral

logger = logging.getLogger(__name__)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

FALLBACK = "Sorry, the assistant cannot answer right now. Please try again later."


def answer(question: str) -> str:
    try:
        result = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": question}],
        )
        return result.choices[0].message.content
    except Exception:
        logger.exception("mistral call failed")
        return FALLBACK


def answer_or_error(question: str) -> dict:
    try:
        result = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": question}],
        )
        return {"ok": True, "answer": result.choices[0].message.content}
    except Exception as exc:
        return {"ok": False, "error": f"mistral failed: {exc}"}
