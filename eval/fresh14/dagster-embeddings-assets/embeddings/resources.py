from dagster import ConfigurableResource
from mistralai import Mistral


class MistralResource(ConfigurableResource):
    api_key: str
    model: str = "mistral-embed"

    def client(self) -> Mistral:
        return Mistral(api_key=self.api_key)

    def embed(self, texts: list[str]) -> list[list[float]]:
        res = self.client().embeddings.create(model=self.model, inputs=texts)
        return [d.embedding for d in res.data]
