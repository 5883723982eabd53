from functools import lru_cache

from mistralai import Mistral

from app.core.config import settings


@lru_cache
def get_mistral() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key)
