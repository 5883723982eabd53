from functools import lru_cache
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")
    mistral_api_key: SecretStr
    mistral_model: str = "mistral-small-latest"
    top_k: int = 4


@lru_cache
def get_settings() -> Settings:
    return Settings()
