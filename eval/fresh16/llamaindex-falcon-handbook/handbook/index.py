from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI

from .settings import settings

_engine = None


def engine():
    global _engine
    if _engine is None:
        key = settings.token.get_secret_value()
        docs = SimpleDirectoryReader(settings.docs_dir).load_data()
        index = VectorStoreIndex.from_documents(docs, embed_model=MistralAIEmbedding(api_key=key))
        _engine = index.as_query_engine(llm=MistralAI(api_key=key, model=settings.llm_model))
    return _engine


def query(question: str) -> str:
    return str(engine().query(question))
