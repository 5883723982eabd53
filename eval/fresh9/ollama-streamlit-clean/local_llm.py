import ollama

MODEL = "mistral:7b-instruct"


def answer(q: str) -> str:
    return ollama.chat(model=MODEL, messages=[{"role": "user", "content": q}])["message"]["content"]
