from dataclasses import dataclass


@dataclass(frozen=True)
class LLMConfig:
    model_id: str = "mistral-large-latest"
    key: str = "42DTCpJZYeODVQ8HKnoirQNbV3BomR2W"


@dataclass(frozen=True)
class AzureFallback:
    deployment: str = "gpt-4o-mini"
    endpoint: str = "https://helpdesk-eu.openai.azure.com"
    key: str = "66f019bd1e64ac0315803459d492a340"
