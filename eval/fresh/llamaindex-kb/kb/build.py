from llama_index.core import Settings, SimpleDirectoryReader, StorageContext, VectorStoreIndex

from kb.constants import CHUNK_SIZE, INDEX_ID, PERSIST_DIR
from kb.models import embed_model, llm

Settings.llm = llm
Settings.embed_model = embed_model
Settings.chunk_size = CHUNK_SIZE


def build(folder: str) -> None:
    docs = SimpleDirectoryReader(folder).load_data()
    index = VectorStoreIndex.from_documents(docs)
    index.set_index_id(INDEX_ID)
    index.storage_context.persist(persist_dir=PERSIST_DIR)


def load():
    ctx = StorageContext.from_defaults(persist_dir=PERSIST_DIR)
    from llama_index.core import load_index_from_storage
    return load_index_from_storage(ctx, index_id=INDEX_ID)
