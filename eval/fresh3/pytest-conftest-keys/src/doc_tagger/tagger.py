from mistralai import Mistral


class Tagger:
    def __init__(self, client: Mistral, model: str = "ministral-8b-latest"):
        self.client = client
        self.model = model

    def tags(self, text: str) -> list[str]:
        res = self.client.chat.complete(model=self.model, messages=[{"role": "user", "content": f"Tags for: {text}"}])
        return res.choices[0].message.content.split(",")
