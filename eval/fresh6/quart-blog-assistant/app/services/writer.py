import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
MODEL = os.getenv("WRITER_MODEL", "mistral-medium-latest")


async def draft_outline(topic: str, tone: str) -> str:
    res = await _client.chat.complete_async(
        model=MODEL,
        messages=[
            {"role": "system", "content": f"You outline blog posts in a {tone} tone."},
            {"role": "user", "content": topic},
        ],
    )
    return res.choices[0].message.content
