import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def stream_story(prompt: str):
    stream = await client.chat.stream_async(
        model="mistral-large-latest",
        messages=[{"role": "user", "content": f"Write a short story: {prompt}"}],
    )
    async for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta
