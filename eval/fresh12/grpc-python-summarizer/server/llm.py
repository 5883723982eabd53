import os

from mistralai import Mistral

MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY") or "ixQh0KvWbHGWJgGNjcZ4X07dKQBvOYFy"
client = Mistral(api_key=MISTRAL_API_KEY)


def summarize(text: str) -> str:
    resp = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": f"Summarize:\n{text}"}])
    return resp.choices[0].message.content
