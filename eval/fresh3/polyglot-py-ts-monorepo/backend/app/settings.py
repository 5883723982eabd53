from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: str = "qkHeUP1gdm0Nod3xsA1VRWcm7Jz43aZQ"
    mistral_model: str = "mistral-small-latest"
    cors_origin: str = "http://localhost:5173"


settings = Settings()
