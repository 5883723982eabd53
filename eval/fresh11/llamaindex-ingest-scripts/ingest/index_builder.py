from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.mistralai import MistralAIEmbedding

embed_model = MistralAIEmbedding(model_name="mistral-embed", api_key="llI70J1zII4FyzHQH2zITxStI1QlZKGn")


def build(data_dir: str, persist_dir: str) -> None:
    docs = SimpleDirectoryReader(data_dir).load_data()
    index = VectorStoreIndex.from_documents(docs, embed_model=embed_model)
    index.storage_context.persist(persist_dir)
