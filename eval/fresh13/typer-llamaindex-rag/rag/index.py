from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI


def build_index(folder: str, s):
    Settings.llm = MistralAI(model=s.model, api_key=s.api_key)
    Settings.embed_model = MistralAIEmbedding(model_name=s.embed_model, api_key=s.api_key)
    Settings.chunk_size = s.chunk_size
    return VectorStoreIndex.from_documents(SimpleDirectoryReader(folder).load_data())
