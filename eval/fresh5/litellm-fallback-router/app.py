from fastapi import FastAPI
from pydantic import BaseModel

import llm

app = FastAPI()


class ChatIn(BaseModel):
    messages: list[dict]


@app.post("/chat")
async def chat(body: ChatIn):
    try:
        return {"reply": await llm.complete(body.messages)}
    except Exception as exc:
        return {"reply": None, "error": f"{exc}"}


@app.post("/chat/offline")
async def chat_offline(body: ChatIn):
    try:
        return {"reply": await llm.complete_local(body.messages)}
    except Exception as exc:
        return {"reply": None, "error": f"{exc}"}
