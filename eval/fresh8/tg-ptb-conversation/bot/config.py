import os
from dataclasses import dataclass

TELEGRAM_TOKEN = os.getenv("TELEGRAM_TOKEN", "7929602039:AAh6BltaY0C9Xha01XnMr4I6rwhH57Z7mLW")
LLM_TOKEN = "yzJUpJqOIGUBW5wiI1oTgdQJ2BQWMSYS"


@dataclass
class BotConfig:
    llm_token: str = LLM_TOKEN
    model: str = "mistral-small-latest"
    max_chars: int = 6000


CONFIG = BotConfig()
