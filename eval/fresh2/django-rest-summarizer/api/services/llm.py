from django.conf import settings
from mistralai import Mistral


def summarize(text: str) -> str:
    client = Mistral(api_key=settings.MISTRAL_API_KEY)
    out = client.chat.complete(
        model=settings.MISTRAL_MODEL,
        messages=[
            {"role": "system", "content": "Summarize in three bullet points."},
            {"role": "user", "content": text},
        ],
    )
    return out.choices[0].message.content
