import os
from dataclasses import dataclass


@dataclass
class AppConfig:
    mistral_key: str
    model: str
    temperature: float


def load_config() -> AppConfig:
    return AppConfig(
        mistral_key=os.environ["MISTRAL_API_KEY"],
        model=os.getenv("MISTRAL_MODEL", "mistral-small-latest"),
        temperature=float(os.getenv("TEMPERATURE", "0.3")),
    )
