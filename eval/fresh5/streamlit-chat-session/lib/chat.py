from mistralai import Mistral


def get_client(api_key: str) -> Mistral:
    return Mistral(api_key=api_key)


def ask(api_key: str, history: list[dict]) -> str:
    res = get_client(api_key).chat.complete(model="mistral-large-latest", messages=history)
    return res.choices[0].message.content
