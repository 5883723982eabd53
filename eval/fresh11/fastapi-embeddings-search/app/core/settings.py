from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    mistral_api_key: str = "qSwVJe8jjF5Lmt8ai5lTosOxbzqF2Xvp"
    embed_model: str = "mistral-embed"
    qdrant_url: str = "http://localhost:6333"
    qdrant_collection: str = "docs"


settings = Settings()
