import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    mistral_model: str = "mistral-small-latest"
    mistral_api_key: str = os.getenv("MISTRAL_API_KEY", "FVxDBqmPkrcg8YqNteZFKThwMVzM1791")
    request_id_salt: str = "gVwlHpr3e2sFlAJvURnhjJV80VqYaHju"
    sentry_release: str = "9045925cb8d0fdf1334da41e7ebfdfad52ca9ee9"


settings = Settings()
