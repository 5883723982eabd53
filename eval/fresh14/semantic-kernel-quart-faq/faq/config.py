import os
from dataclasses import dataclass


@dataclass(frozen=True)
class FaqConfig:
    mistral_api_key: str
    chat_model: str
    faq_file: str


def load_config() -> FaqConfig:
    return FaqConfig(
        mistral_api_key=os.environ["MISTRAL_API_KEY"],
        chat_model=os.getenv("FAQ_MODEL", "mistral-small-latest"),
        faq_file=os.getenv("FAQ_FILE", "faq.md"),
    )
