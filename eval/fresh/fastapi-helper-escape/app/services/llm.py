from mistralai import Mistral

from app.core.config import get_settings

_settings = get_settings()
_client = Mistral(api_key=_settings.mistral_api_key)


def summarise_ticket(text: str) -> str:
    response = _client.chat.complete(
        model=_settings.mistral_model,
        messages=[
            {"role": "system", "content": "Summarise this support ticket in two sentences."},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message.content
