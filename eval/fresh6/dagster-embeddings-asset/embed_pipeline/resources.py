from dagster import ConfigurableResource
from mistralai import Mistral


class MistralResource(ConfigurableResource):
    api_key: str
    model: str = "mistral-embed"

    def embed(self, texts: list[str]) -> list[list[float]]:
        client = Mistral(api_key=self.api_key)
        res = client.embeddings.create(model=self.model, inputs=texts)
        return [d.embedding for d in res.data]
