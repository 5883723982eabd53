import os

from openai import OpenAI

client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])


def ask_openrouter(prompt: str) -> str:
    res = client.chat.completions.create(
        model="mistralai/mistral-large",
        messages=[{"role": "user", "content": prompt}],
    )
    return res.choices[0].message.content
