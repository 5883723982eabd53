import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def describe(columns: list[str], sample: str) -> str:
    res = await client.chat.complete_async(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Columns: {columns}\nRows:\n{sample}\nDescribe this data."}],
    )
    return res.choices[0].message.content
