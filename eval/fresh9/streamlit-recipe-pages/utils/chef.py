from mistralai import Mistral

from utils.config import load_config


def suggest(ingredients: list[str]) -> str:
    cfg = load_config()
    client = Mistral(api_key=cfg["api_key"])
    res = client.chat.complete(
        model=cfg["model"],
        temperature=cfg["temperature"],
        messages=[{"role": "user", "content": "Recipe with: " + ", ".join(ingredients)}],
    )
    return res.choices[0].message.content
