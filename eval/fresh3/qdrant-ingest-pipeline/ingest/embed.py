from mistralai import Mistral


class Embedder:
    def __init__(self, cfg: dict):
        self.model = cfg["mistral"]["embed_model"]
        self.client = Mistral(api_key=cfg["mistral"]["api_key"])

    def embed(self, texts: list[str]) -> list[list[float]]:
        resp = self.client.embeddings.create(model=self.model, inputs=texts)
        return [item.embedding for item in resp.data]
