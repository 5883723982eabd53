from mistralai import Mistral

from lib.config import load_config


def ask(history: list[dict]) -> str:
    cfg = load_config()
    client = Mistral(api_key=cfg.mistral_key)
    res = client.chat.complete(model=cfg.model, messages=history, temperature=cfg.temperature)
    return res.choices[0].message.content
