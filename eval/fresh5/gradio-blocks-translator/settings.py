import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    api_key: str = field(default_factory=lambda: os.environ.get("MISTRAL_API_KEY", ""))
    model: str = "mistral-small-latest"
    max_chars: int = 4000


def load_settings() -> Settings:
    return Settings()
