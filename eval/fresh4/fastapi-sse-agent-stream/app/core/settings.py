from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    mistral_api_key: str
    agent_id: str
    log_level: str = "INFO"


settings = Settings()
