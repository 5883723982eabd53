from functools import lru_cache
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: str = ""
    mistral_model: str = "mistral-small-latest"
    sentry_release: str = "9f8143ce6817fceee3393e0b0b37e0b4"

    class Config:
        env_file = ".env"


@lru_cache
def get_settings() -> Settings:
    return Settings()
