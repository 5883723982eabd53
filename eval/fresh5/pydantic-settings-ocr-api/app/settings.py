from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: str
    ocr_model: str = "mistral-ocr-latest"
    upload_dir: str = "uploads"


class SentrySettings(BaseSettings):
    sentry_dsn: SecretStr = SecretStr("")
    environment: str = "dev"


settings = Settings()
sentry_settings = SentrySettings()
