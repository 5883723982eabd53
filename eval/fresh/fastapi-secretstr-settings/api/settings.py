from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: SecretStr
    mistral_model: str = "mistral-small-latest"
    allowed_origin: str = "http://localhost:5173"


settings = Settings()
