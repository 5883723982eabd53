from mistralai import Mistral

from .secrets_cfg import TOKEN

client = Mistral(api_key=TOKEN)

LABELS = ["billing", "bug", "how-to", "account", "other"]


async def classify(subject: str, body: str) -> str:
    res = await client.chat.complete_async(
        model="ministral-8b-latest",
        messages=[
            {"role": "system", "content": "Answer with one label from: " + ", ".join(LABELS)},
            {"role": "user", "content": f"{subject}\n\n{body}"},
        ],
        temperature=0,
    )
    label = res.choices[0].message.content.strip().lower()
    return label if label in LABELS else "other"
