import logging
import os

import chromadb
from langchain_chroma import Chroma
from langchain_mistralai import ChatMistralAI, MistralAIEmbeddings

from config import EMBED_CONF

log = logging.getLogger("notes.rag")
log.info("embedding with %s", EMBED_CONF)

embeddings = MistralAIEmbeddings(**EMBED_CONF)
store = Chroma(client=chromadb.PersistentClient(os.getenv("CHROMA_PATH", "./chroma")),
               collection_name="notes", embedding_function=embeddings)
llm = ChatMistralAI(model="mistral-small-latest")


async def answer(question: str) -> str:
    docs = await store.asimilarity_search(question, k=4)
    context = "\n\n".join(d.page_content for d in docs)
    msg = await llm.ainvoke(f"Context:\n{context}\n\nQuestion: {question}")
    return msg.content
