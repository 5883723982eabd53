from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    bot_token: SecretStr
    mistral_api_key: SecretStr
    mistral_base_url: str = "https://api.mistral.ai/v1"
    model: str = "mistral-small-latest"


settings = Settings()
