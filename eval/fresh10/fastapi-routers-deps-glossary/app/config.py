from functools import lru_cache
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: str = ""
    mistral_model: str = "mistral-small-latest"
    sentry_release: str = "9d44e76facbee2449dc35a0dda3d13bb"

    class Config:
        env_file = ".env"


@lru_cache
def get_settings() -> Settings:
    return Settings()
