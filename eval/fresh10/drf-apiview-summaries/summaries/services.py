from django.conf import settings
from mistralai import Mistral


class SummaryService:
    def __init__(self):
        self.client = Mistral(api_key=settings.MISTRAL_API_KEY)

    def summarize(self, text: str) -> str:
        r = self.client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Summarize:\n" + text}],
        )
        return r.choices[0].message.content
