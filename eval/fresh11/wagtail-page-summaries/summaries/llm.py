from django.conf import settings
from mistralai import Mistral


def summarize(text: str) -> str:
    client = Mistral(api_key=settings.MISTRAL_API_KEY)
    resp = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "TL;DR:\n" + text}])
    return resp.choices[0].message.content
