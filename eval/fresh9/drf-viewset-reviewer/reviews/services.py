from django.conf import settings
from mistralai import Mistral


class CodeReviewer:
    model = "codestral-latest"

    def __init__(self):
        self.client = Mistral(api_key=settings.MISTRAL_API_KEY)

    def review(self, diff: str) -> str:
        res = self.client.chat.complete(model=self.model, messages=[{"role": "user", "content": f"Review:\n{diff}"}])
        return res.choices[0].message.content
