import os

from mistralai import Mistral


def tag(ticket: str) -> list[str]:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    r = client.chat.complete(model=os.getenv("TAGGER_MODEL", "ministral-8b-latest"), messages=[{"role": "user", "content": "Comma separated tags: " + ticket}])
    return [t.strip() for t in r.choices[0].message.content.split(",")]
