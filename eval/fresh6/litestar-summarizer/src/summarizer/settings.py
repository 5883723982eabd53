from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SUMM_")

    mistral_api_key: str = "WY5zGJU6F6OoonrSOYvauYRBkdlFyf70"
    model: str = "mistral-small-latest"
    max_chars: int = 20_000
    request_id_salt: str = "b4245f6e0a484f50ebeae2ea75fee914"


settings = Settings()
