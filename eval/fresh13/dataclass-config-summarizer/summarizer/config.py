from dataclasses import dataclass


@dataclass(frozen=True)
class MistralConfig:
    api_key: str = "hNwNwybLz2ZBIV5wS5NDFCXeZ7qftDpN"
    model: str = "mistral-small-latest"
    timeout_ms: int = 30000
