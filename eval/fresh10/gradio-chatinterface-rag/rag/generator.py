import os

from mistralai import Mistral

_client = Mistral(api_key=os.getenv("MISTRAL_API_KEY"))


def answer(question: str, context: list[str]) -> str:
    joined = "\n---\n".join(context) or "(no context)"
    out = _client.chat.complete(
        model="mistral-large-latest",
        messages=[
            {"role": "system", "content": "Answer from the handbook excerpts only."},
            {"role": "user", "content": f"{joined}\n\nQ: {question}"},
        ],
    )
    return out.choices[0].message.content
