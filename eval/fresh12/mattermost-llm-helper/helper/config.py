import os
from dataclasses import dataclass


@dataclass
class BotConfig:
    url: str
    bot_token: str
    mistral_api_key: str
    model: str = "mistral-small-latest"


def load() -> BotConfig:
    return BotConfig(
        url=os.environ["MM_URL"],
        bot_token=os.environ["MM_BOT_TOKEN"],
        mistral_api_key=os.environ["MISTRAL_API_KEY"],
    )
