from pathlib import Path

import yaml

SETTINGS = yaml.safe_load((Path(__file__).parent / "settings.yaml").read_text())
