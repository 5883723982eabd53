import logging
import os
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class Settings:
    mistral_api_key: str = field(default_factory=lambda: os.environ["MISTRAL_API_KEY"])
    chat_model: str = "mistral-large-latest"
    collection: str = "handbook"


def load_settings() -> Settings:
    settings = Settings()
    log.info("loaded settings %s", settings)
    return settings
