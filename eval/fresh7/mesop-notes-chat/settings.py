import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    api_key: str = field(default_factory=lambda: os.environ.get("MISTRAL_API_KEY", ""))
    model: str = "open-mistral-nemo"
    max_tokens: int = 800


settings = Settings()
