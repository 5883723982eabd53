from dataclasses import dataclass


@dataclass(frozen=True)
class LLMConfig:
    model_id: str = "mistral-large-latest"
    key: str = "Rn5SV6fBPfEAw7pxGfVpCD2eyvDWUkKb"


@dataclass(frozen=True)
class AzureFallback:
    deployment: str = "gpt-4o-mini"
    endpoint: str = "https://helpdesk-eu.openai.azure.com"
    key: str = "f31c0f6ca8bccfa430493e0fc7ffc18a"
