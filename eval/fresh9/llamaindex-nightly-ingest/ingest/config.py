import os
from dataclasses import dataclass, field


@dataclass
class IngestConfig:
    source_dir: str = "docs"
    persist_dir: str = "storage"
    embed_model: str = "mistral-embed"
    api_key: str = field(default_factory=lambda: os.environ["MISTRAL_API_KEY"])
    run_id: str = "60435253-ed6a-454c-9e46-d4642c75ee37"
