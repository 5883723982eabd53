import os
import tomllib
from pathlib import Path

CONFIG_PATH = Path.home() / ".config" / "commitwriter.toml"


def load_config() -> dict:
    cfg = {"model": "codestral-latest", "max_diff_chars": 12000}
    if CONFIG_PATH.exists():
        cfg.update(tomllib.loads(CONFIG_PATH.read_text()))
    cfg["api_key"] = os.environ.get("MISTRAL_API_KEY", cfg.get("api_key", ""))
    return cfg
