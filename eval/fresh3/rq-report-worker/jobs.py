import os

from mistralai import Mistral


def write_report(rows: list[dict]) -> str:
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    res = client.chat.complete(model="mistral-medium-latest",
                               messages=[{"role": "user", "content": f"Write a weekly report from {rows}"}])
    return res.choices[0].message.content
