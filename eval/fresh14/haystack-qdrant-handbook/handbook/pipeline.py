from haystack import Pipeline
from haystack.components.builders import ChatPromptBuilder
from haystack.dataclasses import ChatMessage
from haystack.utils import Secret
from haystack_integrations.components.embedders.mistral import MistralTextEmbedder
from haystack_integrations.components.generators.mistral import MistralChatGenerator
from haystack_integrations.components.retrievers.qdrant import QdrantEmbeddingRetriever
from haystack_integrations.document_stores.qdrant import QdrantDocumentStore

from .keys import COLLECTION, TOKEN

store = QdrantDocumentStore(url="http://qdrant:6333", index=COLLECTION,
                            api_key=Secret.from_env_var("QDRANT_API_KEY"), embedding_dim=1024)

template = [ChatMessage.from_user("Answer from the handbook.\n{% for d in documents %}{{ d.content }}\n{% endfor %}Q: {{ question }}")]


def build() -> Pipeline:
    p = Pipeline()
    p.add_component("embed", MistralTextEmbedder(api_key=Secret.from_token(TOKEN)))
    p.add_component("retrieve", QdrantEmbeddingRetriever(document_store=store, top_k=4))
    p.add_component("prompt", ChatPromptBuilder(template=template))
    p.add_component("llm", MistralChatGenerator(api_key=Secret.from_token(TOKEN), model="mistral-small-latest"))
    p.connect("embed.embedding", "retrieve.query_embedding")
    p.connect("retrieve.documents", "prompt.documents")
    p.connect("prompt.prompt", "llm.messages")
    return p


query_pipeline = build()
