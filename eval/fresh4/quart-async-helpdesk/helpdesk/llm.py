import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


async def draft_reply(ticket: str) -> str:
    res = await client.chat.complete_async(
        model="mistral-medium-latest",
        messages=[
            {"role": "system", "content": "Draft a polite reply to this customer ticket."},
            {"role": "user", "content": ticket},
        ],
    )
    return res.choices[0].message.content
