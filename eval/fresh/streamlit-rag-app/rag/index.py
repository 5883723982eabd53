import io

from pypdf import PdfReader

_pages: list[str] = []


def add_document(data: bytes) -> int:
    reader = PdfReader(io.BytesIO(data))
    texts = [p.extract_text() or "" for p in reader.pages]
    _pages.extend(texts)
    return len(texts)


def search(question: str, k: int = 3) -> list[str]:
    words = set(question.lower().split())
    ranked = sorted(_pages, key=lambda t: -len(words & set(t.lower().split())))
    return ranked[:k]
