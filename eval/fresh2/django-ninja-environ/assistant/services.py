from django.conf import settings
from mistralai import Mistral


def ask(question: str) -> str:
    client = Mistral(api_key=settings.MISTRAL_API_KEY)
    res = client.chat.complete(model=settings.MISTRAL_MODEL, messages=[{"role": "user", "content": question}])
    return res.choices[0].message.content
