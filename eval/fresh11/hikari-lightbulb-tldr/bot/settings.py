import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Settings:
    token: str = field(default_factory=lambda: os.environ["DISCORD_TOKEN"])
    mistral_key: str = field(default_factory=lambda: os.environ["MISTRAL_API_KEY"])
    debug_http: bool = os.environ.get("DEBUG_HTTP") == "1"


settings = Settings()
