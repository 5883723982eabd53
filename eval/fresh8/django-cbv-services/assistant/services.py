from django.conf import settings
from mistralai import Mistral


class AssistantService:
    """Injected into the views so tests can pass a fake client."""

    def __init__(self, client: Mistral | None = None):
        cfg = settings.ASSISTANT
        self.client = client or Mistral(api_key=cfg["api_key"])
        self.model = cfg["model"]

    def reply(self, ticket_text: str) -> str:
        res = self.client.chat.complete(
            model=self.model,
            messages=[{"role": "user", "content": f"Draft a reply to: {ticket_text}"}],
        )
        return res.choices[0].message.content
