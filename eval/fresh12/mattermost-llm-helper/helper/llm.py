from mistralai import Mistral


class Answerer:
    def __init__(self, api_key: str, model: str):
        self.client = Mistral(api_key=api_key)
        self.model = model

    def answer(self, question: str) -> str:
        resp = self.client.chat.complete(
            model=self.model, messages=[{"role": "user", "content": question}]
        )
        return resp.choices[0].message.content
