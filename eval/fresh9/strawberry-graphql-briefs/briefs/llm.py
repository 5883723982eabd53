import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def brief(topic: str) -> str:
    res = await client.chat.complete_async(model="mistral-small-latest", messages=[{"role": "user", "content": f"Brief me on {topic}"}])
    return res.choices[0].message.content
