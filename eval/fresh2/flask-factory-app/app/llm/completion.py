from flask import current_app

from .client import get_client


def complete(prompt: str) -> str:
    res = get_client().chat.complete(
        model=current_app.config["MISTRAL_MODEL"],
        messages=[{"role": "user", "content": prompt}],
    )
    return res.choices[0].message.content


def complete_safe(prompt: str) -> str | None:
    try:
        return complete(prompt)
    except Exception:
        current_app.logger.exception("completion failed")
        return None
