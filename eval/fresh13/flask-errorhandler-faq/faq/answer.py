import os

from openai import OpenAI

client = OpenAI(api_key=os.environ["MISTRAL_API_KEY"], base_url="https://api.mistral.ai/v1")


def answer(question: str) -> str:
    r = client.chat.completions.create(model="mistral-small-latest", messages=[{"role": "user", "content": question}])
    return r.choices[0].message.content
