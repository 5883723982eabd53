import os

import yaml
from mistralai import Mistral

MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "EUmeRxFmuImkzmiTQtBrBDIfPFMRtphp")
CSRF_SALT = "xtCLtfpSuWKwhPrikbRkdjzmydOANyjR"


def load_settings(path: str = "config/app.yaml") -> dict:
    with open(path) as fh:
        return yaml.safe_load(fh)


def make_client() -> Mistral:
    return Mistral(api_key=MISTRAL_API_KEY)
