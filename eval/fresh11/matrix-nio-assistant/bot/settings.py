import os
from pathlib import Path

import yaml

_cfg = yaml.safe_load(Path(os.environ.get("BOT_CONFIG", "config.yaml")).read_text())
HOMESERVER = _cfg["homeserver"]
USER_ID = _cfg["user_id"]
PASSWORD = _cfg["password"]
MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY") or _cfg["mistral_api_key"]
