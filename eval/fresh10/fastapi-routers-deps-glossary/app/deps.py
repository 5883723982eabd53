from fastapi import Depends
from mistralai import Mistral

from app.config import Settings, get_settings


def get_client(settings: Settings = Depends(get_settings)) -> Mistral:
    return Mistral(api_key=settings.mistral_api_key)
