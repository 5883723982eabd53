import logging
import os

from mistralai import Mistral

log = logging.getLogger(__name__)
_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def make_cards(topic: str) -> list[str]:
    try:
        res = await _client.chat.complete_async(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": f"Five flashcards (Q: ... A: ...) about {topic}"}],
        )
    except Exception:
        log.exception("flashcards failed")
        return []
    return [c for c in res.choices[0].message.content.split("\n\n") if c.strip()]
