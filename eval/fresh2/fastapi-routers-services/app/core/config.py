from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    app_name: str = "support-api"
    mistral_api_key: str
    mistral_model: str = "mistral-small-latest"
    log_level: str = "info"


@lru_cache
def get_settings() -> Settings:
    return Settings()
