import os
import tomllib
from pathlib import Path


def load_config(path: str = "ocrbatch.toml") -> dict:
    cfg = {"model": "mistral-ocr-latest", "out_dir": "output"}
    if Path(path).exists():
        cfg.update(tomllib.loads(Path(path).read_text()))
    cfg["api_key"] = os.environ["MISTRAL_API_KEY"]
    return cfg
