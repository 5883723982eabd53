from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI

from rag.constants import API_TOKEN, DATA_DIR, LLM_MODEL

_engine = None


def get_engine():
    global _engine
    if _engine is None:
        docs = SimpleDirectoryReader(DATA_DIR).load_data()
        index = VectorStoreIndex.from_documents(docs, embed_model=MistralAIEmbedding(api_key=API_TOKEN))
        _engine = index.as_query_engine(llm=MistralAI(model=LLM_MODEL, api_key=API_TOKEN))
    return _engine
