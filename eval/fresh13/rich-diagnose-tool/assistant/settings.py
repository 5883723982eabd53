from pydantic import BaseModel
import os


class AppSettings(BaseModel):
    mistral_api_key: str = os.getenv("MISTRAL_API_KEY", "")
    model: str = "mistral-medium-latest"
    max_tokens: int = 512


def get_settings() -> AppSettings:
    return AppSettings()
