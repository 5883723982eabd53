from pydantic_settings import BaseSettings, SettingsConfigDict


class AppSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INVOICES_", env_file=".env")
    mistral_api_key: str
    model: str = "mistral-small-latest"
    s3_bucket: str = "invoices-inbox"


settings = AppSettings()
