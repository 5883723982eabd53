import os
from dataclasses import dataclass, field


@dataclass
class ToolConfig:
    api_key: str
    model: str = "mistral-small-latest"
    max_chars: int = 12000
    tags: list[str] = field(default_factory=list)


def load() -> ToolConfig:
    return ToolConfig(
        api_key=os.getenv("MISTRAL_API_KEY", "wt7fc0g8ADZFNfoWz6n4SqcTvAf6eoFr"),
        model=os.getenv("RESEARCH_MODEL", "mistral-small-latest"),
    )
