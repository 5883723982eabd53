from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")
    mistral_api_key: str = "wk7a2ikEIlRXiTVdj6Ms2LkhbXrcQvue"
    digest_model: str = "mistral-small-latest"
    redis_url: str = "redis://localhost:6379/0"


settings = Settings()
