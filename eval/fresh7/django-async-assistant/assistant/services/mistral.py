from django.conf import settings
from mistralai import Mistral

_client = Mistral(api_key=settings.MISTRAL_API_KEY)


async def draft_reply(ticket: str) -> str:
    res = await _client.chat.complete_async(
        model="mistral-medium-latest",
        messages=[{"role": "system", "content": "Draft a support reply."}, {"role": "user", "content": ticket}],
    )
    return res.choices[0].message.content
