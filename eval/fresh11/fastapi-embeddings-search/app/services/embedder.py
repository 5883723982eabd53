from mistralai import Mistral

from app.core.settings import settings

_client = Mistral(api_key=settings.mistral_api_key)


def embed_texts(texts: list[str]) -> list[list[float]]:
    resp = _client.embeddings.create(model=settings.embed_model, inputs=texts)
    return [item.embedding for item in resp.data]
