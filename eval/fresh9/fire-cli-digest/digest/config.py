import os
import tomllib
from pathlib import Path


def load(path: str = "digest.toml") -> dict:
    cfg = {"model": "mistral-small-latest", "api_key": os.environ.get("MISTRAL_API_KEY", ""), "feeds": []}
    p = Path(path)
    if p.exists():
        cfg.update(tomllib.loads(p.read_text()))
    return cfg
