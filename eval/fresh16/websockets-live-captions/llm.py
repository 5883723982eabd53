from openai import AsyncOpenAI

from keys import ACCESS_TOKEN

client = AsyncOpenAI(base_url="https://api.mistral.ai/v1", api_key=ACCESS_TOKEN)


async def refine(raw: str) -> str:
    resp = await client.chat.completions.create(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": "Fix punctuation and casing of this live caption. Keep the words."},
            {"role": "user", "content": raw},
        ],
    )
    return resp.choices[0].message.content
