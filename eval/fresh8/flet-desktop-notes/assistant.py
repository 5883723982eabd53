from mistralai import Mistral

import config


def make_client(stored_key: str | None) -> Mistral:
    return Mistral(api_key=stored_key or config.FALLBACK)


def tidy(client: Mistral, note: str) -> str:
    res = client.chat.complete(model=config.MODEL, messages=[{"role": "user", "content": f"Tidy this note:\n{note}"}])
    return res.choices[0].message.content
