import os

from mistralai import Mistral

from worker.broker import broker

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@broker.task
async def caption(image_url: str) -> str:
    res = await client.chat.complete_async(
        model="pixtral-12b-2409",
        messages=[{"role": "user", "content": [{"type": "text", "text": "Caption this"}, {"type": "image_url", "image_url": image_url}]}],
    )
    return res.choices[0].message.content
