import logging

from langchain_community.vectorstores import FAISS
from langchain_mistralai import ChatMistralAI, MistralAIEmbeddings

from .config import API_TOKEN, CHAT_MODEL, EMBED_MODEL

log = logging.getLogger(__name__)


def build_store(chunks: list[str]) -> FAISS:
    emb = MistralAIEmbeddings(model=EMBED_MODEL, api_key=API_TOKEN)
    return FAISS.from_texts(chunks, emb)


def answer(store: FAISS, question: str) -> str:
    llm = ChatMistralAI(model=CHAT_MODEL, api_key=API_TOKEN, temperature=0)
    log.debug("llm ready: %r", llm)
    docs = store.similarity_search(question, k=4)
    context = "\n\n".join(d.page_content for d in docs)
    prompt = f"Answer from the context only.\n\nContext:\n{context}\n\nQuestion: {question}"
    return llm.invoke(prompt).content
