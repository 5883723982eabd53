import os

from mistralai import Mistral

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
SYSTEM = "You are a patient maths tutor. Explain step by step."


def stream_answer(question: str):
    """Yields text deltas; errors from the API are left to the caller."""
    stream = _client.chat.stream(
        model="open-mistral-nemo",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
    )
    for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta
