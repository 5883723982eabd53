import os

import litellm

MODEL = os.getenv("DIGEST_MODEL", "openrouter/mistralai/mistral-small-3.1-24b-instruct")


def digest(text: str) -> str:
    res = litellm.completion(model=MODEL, api_key=os.environ["OPENROUTER_API_KEY"],
                             messages=[{"role": "user", "content": f"Digest this:\n{text}"}])
    return res.choices[0].message.content
