import os

from mistralai import Mistral


def draft_email(points: str) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    res = client.chat.complete(model="mistral-medium-latest",
                               messages=[{"role": "user", "content": f"Polite email covering: {points}"}])
    return res.choices[0].message.content
