import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

CONFIG_PATH = Path.home() / ".config" / "commitmsg.toml"


@dataclass
class Config:
    api_key: str
    model: str = "codestral-latest"
    max_diff_lines: int = 400


def load() -> Config:
    data = {}
    if CONFIG_PATH.exists():
        data = tomllib.loads(CONFIG_PATH.read_text())
    key = os.environ.get("MISTRAL_API_KEY") or data.get("api_key", "")
    return Config(api_key=key, model=data.get("model", "codestral-latest"))
