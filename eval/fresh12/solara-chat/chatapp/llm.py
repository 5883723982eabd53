import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def reply(history: list[dict]) -> str:
    resp = client.chat.complete(model="mistral-small-latest", messages=history)
    return resp.choices[0].message.content
