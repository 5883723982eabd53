from django.conf import settings
from mistralai import Mistral


def define(term: str, domain: str) -> str:
    client = Mistral(api_key=settings.MISTRAL_API_KEY)
    res = client.chat.complete(
        model=settings.MISTRAL_MODEL,
        messages=[{"role": "user", "content": f"Define '{term}' for a {domain} glossary in two sentences."}],
    )
    return res.choices[0].message.content
