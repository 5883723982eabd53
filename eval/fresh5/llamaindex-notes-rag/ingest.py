from llama_index.core import SimpleDirectoryReader, VectorStoreIndex

from llm_setup import configure, load_config

cfg = load_config()
print("config:", cfg)
configure(cfg)
docs = SimpleDirectoryReader(cfg["data_dir"]).load_data()
index = VectorStoreIndex.from_documents(docs)
index.storage_context.persist(persist_dir=cfg["persist_dir"])
print("indexed", len(docs), "documents with", cfg["mistral"]["embed_model"])
