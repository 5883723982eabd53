from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="HANDBOOK_")

    token: SecretStr = SecretStr("ZmvXqXpDuXNx6X0IFuOAcZyI52M1hKHI")
    llm_model: str = "mistral-medium-latest"
    docs_dir: str = "docs"


settings = Settings()
