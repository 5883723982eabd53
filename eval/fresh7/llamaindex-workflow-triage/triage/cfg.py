from dataclasses import dataclass


@dataclass
class TriageConfig:
    mistral_key: str = "HVTYXsuh9tEKdz5YXjGPHrPilNuPKtY0"
    model: str = "mistral-small-latest"
    queue_id: str = "2bf600b1-850f-4c8b-b036-6f080ce8a063"
