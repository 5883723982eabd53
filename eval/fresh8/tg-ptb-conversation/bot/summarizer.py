import logging

from mistralai import Mistral

from bot import config

log = logging.getLogger(__name__)
client = Mistral(api_key=config.LLM_TOKEN)


def summarize(text: str) -> str:
    try:
        res = client.chat.complete(model=config.CONFIG.model,
                                   messages=[{"role": "user", "content": f"Summarize:\n{text}"}])
        return res.choices[0].message.content
    except Exception:
        log.exception("summarize failed")
        return "Sorry, I could not summarize that right now."
