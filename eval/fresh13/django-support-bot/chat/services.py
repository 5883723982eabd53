from django.conf import settings
from mistralai import Mistral

_client = Mistral(api_key=settings.MISTRAL_API_KEY)


def answer_ticket(subject: str, body: str) -> str:
    res = _client.chat.complete(
        model=settings.MISTRAL_MODEL,
        messages=[
            {"role": "system", "content": "You are a support agent."},
            {"role": "user", "content": f"{subject}\n\n{body}"},
        ],
    )
    return res.choices[0].message.content
