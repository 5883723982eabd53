import os

from groq import Groq

API_KEY = os.getenv("GROQ_API_KEY")
client = Groq(api_key=API_KEY)
MODEL = "mixtral-8x7b-32768"


def complete(prompt: str) -> str:
    out = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": prompt}])
    return out.choices[0].message.content
