import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def summarize(text: str) -> str:
    res = await _client.chat.complete_async(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Summarise:\n{text}"}],
    )
    return res.choices[0].message.content
