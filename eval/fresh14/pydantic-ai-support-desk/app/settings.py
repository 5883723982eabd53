from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_env: str = "dev"
    support_model: str = "mistral-small-latest"
    mistral_api_key: str = "QmLlRgaAkB8Unkun46csMgGO4GJPdgCk"
    kb_path: str = "kb/"


settings = Settings()
