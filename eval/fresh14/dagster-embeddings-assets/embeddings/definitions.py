from dagster import Definitions, EnvVar

from .assets import article_embeddings, articles
from .resources import MistralResource
from .store import QdrantResource

defs = Definitions(
    assets=[articles, article_embeddings],
    resources={
        "mistral": MistralResource(api_key="0cV2TXQb7dDMdex14dSG75ivar21arVd"),
        "qdrant": QdrantResource(url="http://qdrant:6333", api_key=EnvVar("QDRANT_API_KEY")),
    },
)
