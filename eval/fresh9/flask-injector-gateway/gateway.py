from injector import inject, singleton
from mistralai import Mistral


@singleton
class MistralGateway:
    @inject
    def __init__(self, client: Mistral):
        self.client = client

    def moderate(self, text: str):
        res = self.client.classifiers.moderate(model="mistral-moderation-latest", inputs=[text])
        return res.results[0].categories
