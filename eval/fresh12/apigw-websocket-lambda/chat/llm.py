import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def complete(prompt: str) -> str:
    resp = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content
