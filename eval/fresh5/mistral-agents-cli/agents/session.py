import os

import requests

BASE = "https://api.mistral.ai/v1"


def make_session() -> requests.Session:
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}", "Accept": "application/json"})
    return s
