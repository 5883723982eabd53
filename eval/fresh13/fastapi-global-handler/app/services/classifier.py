from mistralai import Mistral

from app.deps import settings


class IntentClassifier:
    def __init__(self, client: Mistral | None = None):
        self.client = client or Mistral(api_key=settings.MISTRAL_API_KEY)

    def classify(self, utterance: str) -> str:
        r = self.client.chat.complete(model="ministral-3b-latest", messages=[{"role": "user", "content": utterance}])
        return r.choices[0].message.content.strip()
