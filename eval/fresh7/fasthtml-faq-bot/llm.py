import os

from litellm import completion

from secrets_local import CODESTRAL


def ask(question: str) -> str:
    res = completion(
        model="mistral/mistral-small-latest",
        messages=[{"role": "user", "content": question}],
        api_key=CODESTRAL,
    )
    return res.choices[0].message.content


def ask_cheap(question: str) -> str:
    res = completion(
        model="openrouter/mistralai/mistral-7b-instruct",
        messages=[{"role": "user", "content": question}],
        api_key=os.environ["OPENROUTER_API_KEY"],
    )
    return res.choices[0].message.content
