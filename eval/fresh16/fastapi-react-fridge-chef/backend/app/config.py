import os
from dataclasses import dataclass


@dataclass
class Settings:
    mistral_api_key: str
    model: str = "mistral-small-latest"
    allowed_origin: str = "http://localhost:5173"


def load_settings() -> Settings:
    return Settings(
        mistral_api_key=os.getenv("MISTRAL_API_KEY", "7x85yPCjJhgAXVS3M7LvMvCbx52Z7QjP"),
        model=os.getenv("MISTRAL_MODEL", "mistral-small-latest"),
    )
