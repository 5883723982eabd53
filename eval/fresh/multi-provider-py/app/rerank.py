import cohere

from app.config import API_KEY, RERANK_MODEL

co = cohere.ClientV2(api_key=API_KEY)


def rerank(query: str, docs: list[str]) -> list[str]:
    res = co.rerank(model=RERANK_MODEL, query=query, documents=docs, top_n=3)
    return [docs[r.index] for r in res.results]
