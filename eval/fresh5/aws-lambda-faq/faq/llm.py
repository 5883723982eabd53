import os

import boto3
from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
_table = boto3.resource("dynamodb").Table(os.environ["FAQ_TABLE"])


def ask(question: str) -> str:
    entries = _table.scan(Limit=50)["Items"]
    context = "\n".join(f"Q: {e['q']}\nA: {e['a']}" for e in entries)
    res = _client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"{context}\n\nAnswer from the FAQ only: {question}"}],
    )
    return res.choices[0].message.content
