from typing import Optional
from pydantic import BaseModel


class GenerateRequest(BaseModel):
    prompt: str
    temperature: float = 0.3


class GenerateResponse(BaseModel):
    text: Optional[str] = None
    error: Optional[str] = None
