import tomllib
from pathlib import Path

CONFIG_PATH = Path.home() / ".config" / "mq" / "config.toml"


def load_profile(name: str) -> dict:
    data = tomllib.loads(CONFIG_PATH.read_text())
    profile = data["profiles"][name]
    return {"api_key": profile["mistral_api_key"], "model": profile.get("model", "mistral-small-latest")}
