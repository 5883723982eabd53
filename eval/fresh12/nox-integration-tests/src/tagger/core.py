import os

from mistralai import Mistral


def tag(text: str) -> list[str]:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    resp = client.chat.complete(
        model="ministral-8b-latest",
        messages=[{"role": "user", "content": f"Three comma-separated tags for: {text}"}],
    )
    return [t.strip() for t in resp.choices[0].message.content.split(",")]
