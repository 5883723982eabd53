import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def write_report(rows: list[dict]) -> str:
    table = "\n".join(", ".join(f"{k}={v}" for k, v in r.items()) for r in rows)
    res = client.chat.complete(
        model="mistral-large-latest",
        messages=[{"role": "user", "content": "Write a weekly report from these rows:\n" + table}],
    )
    return res.choices[0].message.content
