import logging

from fastapi import APIRouter, Depends, HTTPException
from mistralai import Mistral
from pydantic import BaseModel

from app.core.config import settings
from app.deps import get_mistral

router = APIRouter(prefix="/v1")
logger = logging.getLogger(__name__)


class SummarizeIn(BaseModel):
    text: str


@router.post("/summarize")
async def summarize(body: SummarizeIn, client: Mistral = Depends(get_mistral)):
    if len(body.text) > settings.max_input_chars:
        raise HTTPException(413, detail="text too long")
    logger.info("summarize model=%s chars=%d", settings.mistral_model, len(body.text))
    try:
        res = await client.chat.complete_async(
            model=settings.mistral_model,
            messages=[{"role": "user", "content": f"Summarize:\n{body.text}"}],
        )
    except Exception as exc:
        raise HTTPException(status_code=502, detail=str(exc))
    return {"summary": res.choices[0].message.content}
