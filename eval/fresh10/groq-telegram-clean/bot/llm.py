import os

from groq import Groq

client = Groq(api_key=os.environ["GROQ_API_KEY"])


def reply(text: str) -> str:
    r = client.chat.completions.create(model="mixtral-8x7b-32768", messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content
