import os

from mistralai import Mistral

client = Mistral(api_key=os.getenv("MISTRAL_API_KEY", ""))


def chat(message: str, history: list[dict]) -> str:
    messages = history + [{"role": "user", "content": message}]
    res = client.chat.complete(model="open-mistral-nemo", messages=messages)
    return res.choices[0].message.content


def safe_chat(message: str, history: list[dict]) -> str:
    try:
        return chat(message, history)
    except Exception:
        return "The model is busy, please retry in a minute."
