import os

from mistralai import Mistral

from utils.retry import with_retries

client = Mistral(api_key=os.getenv("MISTRAL_API_KEY", ""))


@with_retries
def ask(history: list[dict]) -> str:
    res = client.chat.complete(model="mistral-small-latest", messages=history)
    return res.choices[0].message.content
