from mistralai import Mistral
from mistralai.models import SDKError

from .rotator import mark_limited, next_key


def complete(messages: list[dict], attempts: int = 3) -> str:
    for _ in range(attempts):
        key = next_key()
        try:
            res = Mistral(api_key=key).chat.complete(model="mistral-small-latest", messages=messages)
            return res.choices[0].message.content
        except SDKError as err:
            if err.status_code != 429:
                raise
            mark_limited(key)
    raise RuntimeError("all keys are rate limited")
