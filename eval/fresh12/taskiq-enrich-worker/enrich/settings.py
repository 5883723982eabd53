from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    redis_url: str = "redis://localhost:6379/0"
    mistral_api_key: str = ""
    mistral_model: str = "mistral-small-latest"


settings = Settings()
