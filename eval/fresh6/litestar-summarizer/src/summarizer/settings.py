from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SUMM_")

    mistral_api_key: str = "Q4yDG326CKmVRA26MevWCmFtgAD6oHx9"
    model: str = "mistral-small-latest"
    max_chars: int = 20_000
    request_id_salt: str = "5817061749131e4bd969d35941ada358"


settings = Settings()
