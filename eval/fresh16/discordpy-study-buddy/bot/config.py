import os
from dataclasses import dataclass


@dataclass(frozen=True)
class BotConfig:
    discord_token: str
    mistral_key: str
    model: str


def from_env() -> BotConfig:
    return BotConfig(
        discord_token=os.environ["DISCORD_TOKEN"],
        mistral_key=os.environ["MISTRAL_API_KEY"],
        model=os.environ.get("MISTRAL_MODEL", "open-mistral-nemo"),
    )
