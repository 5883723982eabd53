from mistralai import Mistral

from .config import load_settings

settings = load_settings()
client = Mistral(api_key=settings.mistral_api_key)


def suggest_recipe(ingredients: list[str]) -> str:
    prompt = "Suggest one short recipe using only: " + ", ".join(ingredients)
    resp = client.chat.complete(
        model=settings.model,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content
