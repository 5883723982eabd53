from .clients import mistral_http


def chat(messages: list[dict]) -> str:
    r = mistral_http.post("/chat/completions", json={"model": "mistral-small-latest", "messages": messages})
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]
