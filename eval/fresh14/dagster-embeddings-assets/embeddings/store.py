from dagster import ConfigurableResource
from qdrant_client import QdrantClient


class QdrantResource(ConfigurableResource):
    url: str
    api_key: str

    def client(self) -> QdrantClient:
        return QdrantClient(url=self.url, api_key=self.api_key)
