from fastapi import APIRouter

from .schema import GenerateRequest, GenerateResponse
from .services import query_mistral

router = APIRouter()


@router.post("/generate", response_model=GenerateResponse)
async def generate(req: GenerateRequest):
    try:
        return GenerateResponse(text=await query_mistral(req))
    except Exception as e:
        return GenerateResponse(error=str(e))
