from django.conf import settings
from mistralai import Mistral


def get_client() -> Mistral:
    return Mistral(api_key=settings.MISTRAL_API_KEY)


def stream_reply(question: str):
    stream = get_client().chat.stream(
        model=settings.MISTRAL_MODEL,
        messages=[{"role": "user", "content": question}],
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


def complete(question: str) -> str:
    response = get_client().chat.complete(
        model=settings.MISTRAL_MODEL,
        messages=[{"role": "user", "content": question}],
    )
    return response.choices[0].message.content
