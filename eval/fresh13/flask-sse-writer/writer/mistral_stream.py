import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def draft(topic):
    for ev in _client.chat.stream(model="mistral-small-latest", messages=[{"role": "user", "content": f"Blog post about {topic}"}]):
        piece = ev.data.choices[0].delta.content
        if piece:
            yield piece
