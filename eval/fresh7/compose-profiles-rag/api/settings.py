from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: str
    embed_model: str = "mistral-embed"
    postgres_password: str = ""


settings = Settings()
