import os
from dataclasses import dataclass


@dataclass(frozen=True)
class DevSettings:
    mistral_key: str
    model: str


def load() -> DevSettings:
    return DevSettings(mistral_key=os.environ["MISTRAL_API_KEY"], model=os.getenv("MODEL", "mistral-small-latest"))
