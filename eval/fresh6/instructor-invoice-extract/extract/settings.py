import os
from dataclasses import dataclass, field


@dataclass
class ExtractSettings:
    api_key: str = field(default_factory=lambda: os.getenv("MISTRAL_API_KEY", ""))
    model: str = "mistral-large-latest"
    currency: str = "EUR"


settings = ExtractSettings()
