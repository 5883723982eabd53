import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def summarize_thread(messages: list[str]) -> str:
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Summarize this standup:\n" + "\n".join(messages)}],
    )
    return res.choices[0].message.content
