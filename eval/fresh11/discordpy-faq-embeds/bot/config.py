import os
from dataclasses import dataclass


@dataclass
class Config:
    discord_token: str
    mistral_api_key: str
    guild_id: int


def load() -> Config:
    return Config(
        discord_token=os.environ["DISCORD_TOKEN"],
        mistral_api_key=os.environ["MISTRAL_API_KEY"],
        guild_id=int(os.environ.get("GUILD_ID", "0")),
    )
