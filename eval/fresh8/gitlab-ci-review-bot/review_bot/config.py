import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    gitlab_url: str = os.environ.get("CI_SERVER_URL", "https://gitlab.com")
    gitlab_token: str = os.environ.get("REVIEW_BOT_TOKEN", "")
    mistral_key: str = os.environ.get("MISTRAL_API_KEY", "")
    model: str = os.environ.get("REVIEW_MODEL", "codestral-latest")


def load() -> Settings:
    return Settings()
