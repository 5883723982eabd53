import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def stream_answer(prompt: str):
    try:
        for event in _client.chat.stream(model="mistral-small-latest", messages=[{"role": "user", "content": prompt}]):
            yield event.data.choices[0].delta.content or ""
    except Exception as exc:
        yield f"\n[error] {exc}"
