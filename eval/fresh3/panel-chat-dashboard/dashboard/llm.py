from mistralai import Mistral

from .settings import DEFAULT_MODEL, mistral_api_key

client = Mistral(api_key=mistral_api_key)


def stream_reply(history: list[dict]):
    for chunk in client.chat.stream(model=DEFAULT_MODEL, messages=history):
        delta = chunk.data.choices[0].delta.content
        if delta:
            yield delta
