from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: SecretStr
    collection: str = "handbook"


settings = Settings()
