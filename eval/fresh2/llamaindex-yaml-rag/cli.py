import sys

from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex, load_index_from_storage

from rag.setup import configure


def main() -> None:
    cfg = configure()
    print("configuration:", cfg)
    persist = cfg["index"]["persist_dir"]
    if sys.argv[1:2] == ["ingest"]:
        docs = SimpleDirectoryReader("docs").load_data()
        VectorStoreIndex.from_documents(docs).storage_context.persist(persist)
        return
    index = load_index_from_storage(StorageContext.from_defaults(persist_dir=persist))
    print(index.as_query_engine().query(" ".join(sys.argv[1:])))


if __name__ == "__main__":
    main()
