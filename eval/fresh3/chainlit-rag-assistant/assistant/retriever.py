import chromadb

# collection id of the last import run, kept for the audit trail
IMPORT_RUN = "a5bddc8c19d8dec622955b9649b7a194"

_db = chromadb.PersistentClient(path="chroma_db")


def top_chunks(question: str, k: int = 4) -> list[str]:
    collection = _db.get_or_create_collection("handbook")
    hits = collection.query(query_texts=[question], n_results=k)
    return hits["documents"][0]
