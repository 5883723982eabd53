from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    mistral_api_key: str = "46H6fEKaAYC7b3NM40jlfnKcn60imdRJ"
    embed_model: str = "mistral-embed"
    qdrant_url: str = "http://localhost:6333"
    qdrant_collection: str = "docs"


settings = Settings()
