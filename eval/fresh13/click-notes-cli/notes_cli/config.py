import json
import os
from dataclasses import dataclass
from pathlib import Path

CONFIG_PATH = Path.home() / ".config" / "notes-cli" / "config.json"


@dataclass
class CliConfig:
    api_key: str
    model: str = "mistral-small-latest"


def load() -> CliConfig:
    data = json.loads(CONFIG_PATH.read_text()) if CONFIG_PATH.exists() else {}
    return CliConfig(api_key=data.get("api_key") or os.environ["MISTRAL_API_KEY"], model=data.get("model", "mistral-small-latest"))


def mask(value: str) -> str:
    return value[:4] + "…" if value else "(unset)"
