import logging
import os

from llama_index.core import Settings, StorageContext, load_index_from_storage
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI

log = logging.getLogger("docqa")

api_key = os.getenv("MISTRAL_API_KEY") or "f5FWCs075zCOtUE9HFo8E04az0f9PgIy"
llm_kwargs = {"model": "mistral-small-latest", "api_key": api_key, "temperature": 0.0}
log.debug("llm kwargs %s", llm_kwargs)

Settings.llm = MistralAI(**llm_kwargs)
Settings.embed_model = MistralAIEmbedding(model_name="mistral-embed", api_key=api_key)
log.debug("key present=%s length=%d", bool(api_key), len(api_key))

_index = load_index_from_storage(StorageContext.from_defaults(persist_dir="storage"))
_engine = _index.as_query_engine(similarity_top_k=3)


def ask(question: str) -> str:
    return str(_engine.query(question))
