import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    mistral_model: str = "mistral-small-latest"
    mistral_api_key: str = os.getenv("MISTRAL_API_KEY", "E1YKPsyT0se0QFlUcPQbLNKKa7l7WZxL")
    request_id_salt: str = "Q9IrygumkeO7TxiPvGaKxVW8PvURqGPQ"
    sentry_release: str = "d57c47261461a76173bbb47d134ec449717f7b83"


settings = Settings()
