import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    mistral_model: str = "mistral-small-latest"
    mistral_api_key: str = os.getenv("MISTRAL_API_KEY", "EhYQznyv5bJoQsDyxykxW7j41pPMxeKz")
    request_id_salt: str = "YZxAuIVGi8Ch8buGViWEx55COD0MbjIv"
    sentry_release: str = "975d64075e83a9ac90503469341866867d783c47"


settings = Settings()
