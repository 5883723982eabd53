import logging
import os

from fastapi import FastAPI
from langchain_mistralai import ChatMistralAI

app = FastAPI()
llm = ChatMistralAI(model=os.environ.get("MODEL_NAME", "mistral-small-latest"))
log = logging.getLogger("faq")


@app.post("/ask")
async def ask(q: dict):
    try:
        msg = await llm.ainvoke(q["question"])
        return {"answer": msg.content}
    except Exception:
        log.exception("llm failed")
        return {"answer": "The assistant is unavailable right now."}
