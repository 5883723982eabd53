import os
from dataclasses import dataclass


@dataclass
class Config:
    bot_token: str
    mistral_api_key: str
    admin_id: int


def load_config() -> Config:
    return Config(
        bot_token=os.environ["BOT_TOKEN"],
        mistral_api_key=os.environ["MISTRAL_API_KEY"],
        admin_id=int(os.getenv("ADMIN_ID", "0")),
    )
