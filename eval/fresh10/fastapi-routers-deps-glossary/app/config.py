from functools import lru_cache
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: str = ""
    mistral_model: str = "mistral-small-latest"
    sentry_release: str = "f8efba9d8f57cc8708e71ac695c79bd0"

    class Config:
        env_file = ".env"


@lru_cache
def get_settings() -> Settings:
    return Settings()
