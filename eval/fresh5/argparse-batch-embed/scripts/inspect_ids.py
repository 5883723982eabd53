from common import COLLECTION_ID, doc_id

print("collection", COLLECTION_ID)
print("sample id", doc_id("hello"))
