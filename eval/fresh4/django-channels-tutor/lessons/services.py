from django.conf import settings
from mistralai import Mistral

_client = Mistral(api_key=settings.MISTRAL_API_KEY)


async def stream_explanation(topic: str):
    stream = await _client.chat.stream_async(
        model=settings.MISTRAL_MODEL,
        messages=[{"role": "user", "content": f"Explain {topic} to a 12 year old."}],
    )
    async for chunk in stream:
        delta = chunk.data.choices[0].delta.content
        if delta:
            yield delta
