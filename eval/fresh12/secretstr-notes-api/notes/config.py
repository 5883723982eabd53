from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: SecretStr
    model: str = "mistral-small-latest"
    debug: bool = False


settings = Settings()
