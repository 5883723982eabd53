import os
from dataclasses import dataclass, field


@dataclass
class IngestConfig:
    source_dir: str = "docs"
    persist_dir: str = "storage"
    embed_model: str = "mistral-embed"
    api_key: str = field(default_factory=lambda: os.environ["MISTRAL_API_KEY"])
    run_id: str = "522badd1-373a-4fd7-8ca8-a6686f0dd1bf"
