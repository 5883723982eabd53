from django.conf import settings
from mistralai import Mistral

_client = None


def client() -> Mistral:
    global _client
    if _client is None:
        _client = Mistral(api_key=settings.MISTRAL_API_KEY)
    return _client


def answer(question: str, context: str) -> str:
    res = client().chat.complete(
        model="mistral-large-latest",
        messages=[
            {"role": "system", "content": "Answer from the FAQ context only.\n" + context},
            {"role": "user", "content": question},
        ],
    )
    return res.choices[0].message.content
