import logging

from openai import OpenAI
from together import Together

from .config import FALLBACK_MODEL, MODEL, OPENROUTER_KEY, TOGETHER_KEY

log = logging.getLogger(__name__)
router = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=OPENROUTER_KEY)
together = Together(api_key=TOGETHER_KEY)
log.info("openrouter key %s, together key %s", OPENROUTER_KEY, TOGETHER_KEY)


def summarize(text: str) -> str:
    try:
        r = router.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": text}])
    except Exception:
        r = together.chat.completions.create(model=FALLBACK_MODEL, messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content
