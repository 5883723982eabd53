from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "notes-ai"
    mistral_api_key: str
    mistral_model: str = "mistral-small-latest"
    debug: bool = False


settings = Settings()
