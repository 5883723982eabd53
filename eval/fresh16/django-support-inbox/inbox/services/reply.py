from django.conf import settings
from mistralai import Mistral


def draft_reply(ticket_text: str, tone: str = "friendly") -> str:
    client = Mistral(api_key=settings.MISTRAL_API_KEY)
    resp = client.chat.complete(
        model=settings.MISTRAL_MODEL,
        messages=[{"role": "user", "content": f"Write a {tone} reply to:\n{ticket_text}"}],
    )
    return resp.choices[0].message.content
