from mistralai import Mistral

from bot import settings

_client = Mistral(api_key=settings.MISTRAL_API_KEY)


async def reply_to(text: str) -> str:
    res = await _client.chat.complete_async(model="mistral-small-latest", messages=[{"role": "user", "content": text}])
    return res.choices[0].message.content
