from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: SecretStr
    openrouter_api_key: SecretStr = SecretStr("")
    model: str = "mistral-small-latest"


settings = Settings()
