from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env")

    mistral_api_key: str = "wVPWuqAmSrJjGeJOVAE6yRzS8hDAhMm4"
    mistral_model: str = "mistral-small-latest"
    max_input_chars: int = 12000


settings = Settings()
