import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def standup_summary(updates: list[str]) -> str:
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Summarize these standup updates by person:\n" + "\n".join(updates)}],
    )
    return res.choices[0].message.content
