import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    mistral_model: str = "mistral-small-latest"
    mistral_api_key: str = os.getenv("MISTRAL_API_KEY", "hFQG0wiI4G3tFagnq1pnAssvwTip2nc6")
    request_id_salt: str = "K4uBDQDGZ5ER4nXNZ8iusgi84JUGxVIQ"
    sentry_release: str = "8b6b349c0aec27f4dd2d81cc4c6316a0c720ce95"


settings = Settings()
