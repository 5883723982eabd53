import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def query_mistral(req):
    res = await client.chat.complete_async(
        model="mistral-small-latest",
        temperature=req.temperature,
        messages=[{"role": "user", "content": req.prompt}],
    )
    return res.choices[0].message.content
