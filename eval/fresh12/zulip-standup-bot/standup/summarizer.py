import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def summarize_updates(lines: list[str]) -> str:
    joined = "\n".join(lines)
    resp = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Summarize this standup:\n{joined}"}],
    )
    return resp.choices[0].message.content
