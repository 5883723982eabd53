import os

from mistralai import Mistral


class Translator:
    def __init__(self, model: str = "mistral-large-latest"):
        self.model = model
        self.client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

    def translate(self, text: str, target: str) -> str:
        res = self.client.chat.complete(
            model=self.model,
            messages=[
                {"role": "system", "content": f"Translate to {target}."},
                {"role": "user", "content": text},
            ],
        )
        return res.choices[0].message.content
