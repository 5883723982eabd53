import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def translate(ctx, text: str, lang: str) -> str:
    res = await client.chat.complete_async(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Translate to {lang}: {text}"}],
    )
    return res.choices[0].message.content
