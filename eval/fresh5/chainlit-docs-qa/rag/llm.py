import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

SYSTEM = "Answer only from the passages. Say 'not in the handbook' otherwise."


async def answer(question: str, passages: list[str]) -> str:
    context = "\n---\n".join(passages)
    res = await _client.chat.complete_async(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"{context}\n\nQuestion: {question}"},
        ],
    )
    return res.choices[0].message.content
