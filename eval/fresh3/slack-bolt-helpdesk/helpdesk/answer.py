import os

from mistralai import Mistral

from .config import LLM_MODEL

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def draft_answer(question: str) -> str:
    res = _client.chat.complete(model=LLM_MODEL, messages=[
        {"role": "system", "content": "You answer IT helpdesk questions briefly."},
        {"role": "user", "content": question},
    ])
    return res.choices[0].message.content
