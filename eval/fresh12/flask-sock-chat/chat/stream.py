import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def stream_reply(messages):
    for event in client.chat.stream(model="mistral-small-latest", messages=messages):
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta
