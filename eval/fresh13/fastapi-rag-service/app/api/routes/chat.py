from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from app.services.chat_service import ChatService

router = APIRouter(prefix="/chat", tags=["chat"])


class ChatRequest(BaseModel):
    message: str
    context: list[str] = []


def get_chat_service() -> ChatService:
    return ChatService()


@router.post("")
async def chat(req: ChatRequest, service: ChatService = Depends(get_chat_service)):
    try:
        answer = await service.get_mistral_response(req.message, req.context)
        return {"response": answer}
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))
