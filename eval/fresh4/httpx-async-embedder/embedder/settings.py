from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")
    mistral_api_key: SecretStr
    batch_size: int = 64
    base_url: str = "https://api.mistral.ai/v1"


settings = Settings()
