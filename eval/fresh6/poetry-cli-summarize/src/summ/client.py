import os

from mistralai import Mistral

from .defaults import DEFAULT_MODEL, FALLBACK_KEY


def make_client() -> Mistral:
    return Mistral(api_key=os.getenv("MISTRAL_API_KEY", FALLBACK_KEY))


def summarize(text: str, model: str = DEFAULT_MODEL) -> str:
    res = make_client().chat.complete(
        model=model,
        messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
    )
    return res.choices[0].message.content
