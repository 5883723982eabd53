from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SUMM_")

    mistral_api_key: str = "x23HVyyhNUCEGRXJvuhvxiGy5MkhYbsB"
    model: str = "mistral-small-latest"
    max_chars: int = 20_000
    request_id_salt: str = "6da817e8bd339bd8346361c3b22e6f75"


settings = Settings()
