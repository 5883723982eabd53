import tomllib
from pathlib import Path

CONFIG = tomllib.loads(Path(__file__).resolve().parent.parent.joinpath("settings.toml").read_text())
