from mistralai import Mistral

from .settings import MISTRAL_KEY, MODEL

client = Mistral(api_key=MISTRAL_KEY)


async def ask(text: str) -> str:
    res = await client.chat.complete_async(model=MODEL, messages=[{"role": "user", "content": text}])
    return res.choices[0].message.content
