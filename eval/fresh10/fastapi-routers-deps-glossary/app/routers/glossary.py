from fastapi import APIRouter, Depends, HTTPException
from mistralai import Mistral

from app.config import Settings, get_settings
from app.deps import get_client
from app.services.glossary import explain

router = APIRouter(prefix="/glossary")


@router.get("/{term}")
def define(term: str, client: Mistral = Depends(get_client), settings: Settings = Depends(get_settings)):
    try:
        return {"term": term, "text": explain(client, settings.mistral_model, term)}
    except Exception as exc:
        raise HTTPException(status_code=502, detail=f"glossary upstream failed: {exc}")


@router.get("/health/ready")
def ready(settings: Settings = Depends(get_settings)):
    return {"configured": bool(settings.mistral_api_key), "release": settings.sentry_release}
