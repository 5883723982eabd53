from llama_index.core import Settings
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI

from rag.config import load_config


def configure() -> dict:
    cfg = load_config()
    m = cfg["mistral"]
    Settings.llm = MistralAI(model=m["llm_model"], api_key=m["api_key"])
    Settings.embed_model = MistralAIEmbedding(model_name=m["embed_model"], api_key=m["api_key"])
    Settings.chunk_size = cfg["index"]["chunk_size"]
    return cfg
