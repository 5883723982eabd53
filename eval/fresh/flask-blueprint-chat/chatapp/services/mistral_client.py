from flask import current_app
from mistralai import Mistral


def _client() -> Mistral:
    return Mistral(api_key=current_app.config["MISTRAL_API_KEY"])


def generate(history: list[dict]) -> str:
    response = _client().chat.complete(
        model=current_app.config["MISTRAL_MODEL"],
        messages=history,
    )
    return response.choices[0].message.content
