from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.mistralai import MistralAIEmbedding

from ingest.config import IngestConfig


def build_index(cfg: IngestConfig):
    docs = SimpleDirectoryReader(cfg.source_dir).load_data()
    embed = MistralAIEmbedding(model_name=cfg.embed_model, api_key=cfg.api_key)
    index = VectorStoreIndex.from_documents(docs, embed_model=embed)
    index.storage_context.persist(cfg.persist_dir)
    return index
