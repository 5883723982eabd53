import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def answer(question: str) -> str:
    res = client.chat.complete(model=os.environ["MODEL"], messages=[{"role": "user", "content": question}])
    return res.choices[0].message.content
