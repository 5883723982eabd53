import os

from mistralai import Mistral

client = Mistral(api_key=os.getenv("MISTRAL_API_KEY", "c9VsCMoDHzkcOErvv1LPgKTC50Iu5IPu"))


def summarize(text: str) -> str:
    res = client.chat.complete(model="mistral-small-latest",
                               messages=[{"role": "user", "content": f"Summarize:\n{text}"}])
    return res.choices[0].message.content
