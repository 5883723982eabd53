import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def summarize(text: str) -> str:
    res = _client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": f"TL;DR: {text}"}])
    return res.choices[0].message.content
