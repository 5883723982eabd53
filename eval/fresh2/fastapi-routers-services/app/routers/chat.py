from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from app.services.mistral_service import ChatService
from app.services.summary import summarize

router = APIRouter(prefix="/api")
chat_service = ChatService()


class ChatIn(BaseModel):
    message: str


@router.post("/chat")
async def chat(body: ChatIn):
    try:
        reply = await chat_service.get_reply(body.message)
        return {"reply": reply}
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))


@router.post("/summary")
def summary(body: ChatIn):
    try:
        return {"summary": summarize(body.message)}
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))
