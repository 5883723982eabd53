import os
from dataclasses import dataclass, field


@dataclass
class IngestConfig:
    source_dir: str = "docs"
    persist_dir: str = "storage"
    embed_model: str = "mistral-embed"
    api_key: str = field(default_factory=lambda: os.environ["MISTRAL_API_KEY"])
    run_id: str = "2dea525c-b87e-4e8e-a9e7-ede67089896a"
