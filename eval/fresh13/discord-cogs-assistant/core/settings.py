import json
from pathlib import Path

CONFIG = json.loads((Path(__file__).parent.parent / "config.json").read_text())
