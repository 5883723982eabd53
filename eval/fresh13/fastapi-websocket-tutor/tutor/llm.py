import os
from typing import AsyncIterator

from mistralai import Mistral

client = Mistral(api_key=os.getenv("MISTRAL_API_KEY"))


async def stream_reply(history: list[dict]) -> AsyncIterator[str]:
    stream = await client.chat.stream_async(model="mistral-small-latest", messages=history)
    async for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta
