from dataclasses import dataclass

from decouple import config


@dataclass(frozen=True)
class Settings:
    redis_url: str = config("REDIS_URL", default="redis://localhost:6379")
    mistral_key: str = config("MISTRAL_API_KEY", default="XtmH34dHXuuEgHTyx0WNjsy1vaApnpJ9")
    model: str = config("MISTRAL_MODEL", default="mistral-small-latest")


settings = Settings()
