import os

from llama_index.core import Settings, StorageContext, load_index_from_storage
from llama_index.embeddings.mistralai import MistralAIEmbedding
from llama_index.llms.mistralai import MistralAI

Settings.llm = MistralAI(model="mistral-small-latest", api_key=os.environ["MISTRAL_API_KEY"])
Settings.embed_model = MistralAIEmbedding(model_name="mistral-embed", api_key=os.environ["MISTRAL_API_KEY"])


def build_engine():
    index = load_index_from_storage(StorageContext.from_defaults(persist_dir="storage"))
    return index.as_chat_engine(chat_mode="condense_plus_context")
