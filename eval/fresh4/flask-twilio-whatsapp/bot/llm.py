import os

from mistralai.client import MistralClient
from mistralai.models.chat_completion import ChatMessage

client = MistralClient(api_key=os.environ["MISTRAL_API_KEY"])
SYSTEM = "You are a friendly assistant for a bakery. Keep answers under 300 characters."


def reply_to(text: str) -> str:
    resp = client.chat(
        model="mistral-small",
        messages=[ChatMessage(role="system", content=SYSTEM), ChatMessage(role="user", content=text)],
    )
    return resp.choices[0].message.content
