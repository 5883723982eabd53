from masonite.configuration import config
from mistralai import Mistral


class Assistant:
    def __init__(self):
        self.client = Mistral(api_key=config("mistral.api_key"))

    def reply(self, ticket_text: str) -> str:
        resp = self.client.chat.complete(
            model=config("mistral.model"),
            messages=[{"role": "user", "content": f"Draft a support reply:\n{ticket_text}"}],
        )
        return resp.choices[0].message.content
