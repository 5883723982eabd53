import yaml
from llama_index.core import Settings
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI


def load_config(path: str = "config.yaml") -> dict:
    with open(path) as f:
        return yaml.safe_load(f)


def configure(cfg: dict) -> None:
    m = cfg["mistral"]
    Settings.llm = MistralAI(model=m["llm_model"], api_key=m["api_key"])
    Settings.embed_model = MistralAIEmbedding(model_name=m["embed_model"], api_key=m["api_key"])
    Settings.chunk_size = cfg["chunk_size"]
