import os
from dataclasses import dataclass, field


@dataclass
class IngestConfig:
    source_dir: str = "docs"
    persist_dir: str = "storage"
    embed_model: str = "mistral-embed"
    api_key: str = field(default_factory=lambda: os.environ["MISTRAL_API_KEY"])
    run_id: str = "e0933bd5-6f54-4af6-9498-7e6595c67ba5"
