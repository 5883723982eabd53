from mistralai import Mistral

from settings import MISTRAL_API_KEY, MODEL

_client = Mistral(api_key=MISTRAL_API_KEY)


def classify(ticket: str) -> str:
    resp = _client.chat.complete(model=MODEL, messages=[
        {"role": "system", "content": "Answer with one of: billing, bug, question."},
        {"role": "user", "content": ticket},
    ])
    return resp.choices[0].message.content.strip()
