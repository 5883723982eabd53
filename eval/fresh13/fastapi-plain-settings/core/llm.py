from mistralai import Mistral

from core.config import settings

client = Mistral(api_key=settings.mistral_api_key)
