from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass
class RagSettings:
    api_key: str
    model: str
    embed_model: str
    chunk_size: int


def load_settings(path: str = "config.yaml") -> RagSettings:
    raw = yaml.safe_load(Path(path).read_text())
    return RagSettings(raw["llm"]["api_key"], raw["llm"]["model"], raw["embeddings"]["model"], raw["chunk_size"])
