import os
from dataclasses import dataclass


@dataclass(frozen=True)
class WorkerConfig:
    mistral_api_key: str
    model: str
    batch_size: int


def load_config() -> WorkerConfig:
    return WorkerConfig(
        mistral_api_key=os.environ["MISTRAL_API_KEY"],
        model=os.environ.get("DIGEST_MODEL", "mistral-small-latest"),
        batch_size=int(os.environ.get("DIGEST_BATCH", "20")),
    )
