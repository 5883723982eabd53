import tomllib
from pathlib import Path

DEFAULTS = Path(__file__).resolve().parents[2] / "defaults.toml"
USER = Path.home() / ".config" / "commitbot" / "config.toml"


def load_config() -> dict:
    cfg = tomllib.loads(DEFAULTS.read_text())
    if USER.exists():
        cfg["assistant"].update(tomllib.loads(USER.read_text()).get("assistant", {}))
    return cfg
