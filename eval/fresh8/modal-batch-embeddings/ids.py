import hashlib


def doc_id(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


KNOWN_COLLECTION = "d3257d714e2947f1fdbe57c69605461a"
