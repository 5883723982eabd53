import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def complete(question: str) -> str:
    res = await _client.chat.complete_async(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": question}],
    )
    return res.choices[0].message.content
