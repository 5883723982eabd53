import os

from mistralai import Mistral


def triage(ticket: str) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    res = client.chat.complete(model=os.environ["TRIAGE_MODEL"], messages=[{"role": "user", "content": f"Priority of: {ticket}"}])
    return res.choices[0].message.content
