from django.conf import settings
from mistralai import Mistral

_client = Mistral(api_key=settings.MISTRAL_API_KEY)


def triage(subject: str, body: str) -> list[str]:
    res = _client.chat.complete(
        model=settings.MISTRAL_MODEL,
        messages=[{"role": "user", "content": f"Give up to three comma-separated tags.\n{subject}\n{body}"}],
    )
    return [t.strip() for t in res.choices[0].message.content.split(",")]
