import ollama
from mistralai import Mistral

from app.config import MISTRAL_KEY

mistral = Mistral(api_key=MISTRAL_KEY)


def local_answer(question: str) -> str:
    res = ollama.chat(model="mistral", messages=[{"role": "user", "content": question}])
    return res["message"]["content"]


def cloud_answer(question: str) -> str:
    res = mistral.chat.complete(model="mistral-medium-latest", messages=[{"role": "user", "content": question}])
    return res.choices[0].message.content
