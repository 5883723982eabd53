import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def insight(metric: str, values: list[float]) -> str:
    res = await client.chat.complete_async(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"One-sentence insight on {metric}: {values}"}],
    )
    return res.choices[0].message.content
