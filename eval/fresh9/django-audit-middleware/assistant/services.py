from django.conf import settings
from mistralai import Mistral


class ReplyService:
    def __init__(self):
        self._client = Mistral(api_key=settings.MISTRAL_API_KEY)

    def reply(self, question: str) -> str:
        out = self._client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": question}],
        )
        return out.choices[0].message.content
