import os

from mistralai import Mistral

client = Mistral(api_key=os.getenv("MISTRAL_API_KEY", ""))


async def explain(topic: str):
    stream = await client.chat.stream_async(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Explain {topic} to a 12 year old"}],
    )
    async for chunk in stream:
        piece = chunk.data.choices[0].delta.content
        if piece:
            yield piece
