import sys

from llama_index.core import StorageContext, load_index_from_storage

from llm_setup import configure, load_config

cfg = load_config()
configure(cfg)
index = load_index_from_storage(StorageContext.from_defaults(persist_dir=cfg["persist_dir"]))
print(index.as_query_engine().query(" ".join(sys.argv[1:])))
