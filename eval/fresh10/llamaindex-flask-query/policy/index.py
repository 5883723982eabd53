from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI

from policy import settings

_llm = MistralAI(api_key=settings.MISTRAL_API_KEY, model=settings.LLM_MODEL)
_embed = MistralAIEmbedding(api_key=settings.MISTRAL_API_KEY, model_name=settings.EMBED_MODEL)
_engine = VectorStoreIndex.from_documents(SimpleDirectoryReader("policies").load_data(), embed_model=_embed).as_query_engine(llm=_llm)


def query(q: str) -> str:
    return str(_engine.query(q))
