import os

from mistralai import Mistral

_client = Mistral(api_key=os.getenv("MISTRAL_API_KEY"))


def ask(question: str) -> str:
    resp = _client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": question}])
    return resp.choices[0].message.content
