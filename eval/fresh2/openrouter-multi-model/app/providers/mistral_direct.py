import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def ask_mistral(prompt: str) -> str:
    res = client.chat.complete(model="mistral-large-latest", messages=[{"role": "user", "content": prompt}])
    return res.choices[0].message.content
