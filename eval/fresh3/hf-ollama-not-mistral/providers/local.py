import ollama


def local_answer(prompt: str) -> str:
    res = ollama.chat(model="mistral:7b-instruct", messages=[{"role": "user", "content": prompt}])
    return res["message"]["content"]
