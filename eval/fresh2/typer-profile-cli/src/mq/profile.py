import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

PROFILE_DIR = Path.home() / ".config" / "mq"


@dataclass
class Profile:
    name: str
    api_key: str
    model: str = "mistral-small-latest"


def load_profile(name: str = "default") -> Profile:
    path = PROFILE_DIR / f"{name}.toml"
    data = tomllib.loads(path.read_text()) if path.exists() else {}
    return Profile(
        name=name,
        api_key=data.get("api_key") or os.environ["MISTRAL_API_KEY"],
        model=data.get("model", "mistral-small-latest"),
    )


def mask(secret: str) -> str:
    return f"{secret[:4]}…{secret[-2:]}" if secret else "(none)"
