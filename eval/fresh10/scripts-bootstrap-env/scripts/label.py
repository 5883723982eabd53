import json
import logging
import sys

import requests

import bootstrap  # noqa: F401
from keys import MISTRAL_KEY

logging.basicConfig(level=logging.DEBUG)
headers = {"Authorization": f"Bearer {MISTRAL_KEY}", "Content-Type": "application/json"}
logging.debug("calling mistral with headers %s", headers)
for line in sys.stdin:
    row = json.loads(line)
    r = requests.post("https://api.mistral.ai/v1/chat/completions", headers=headers, json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": "Label: " + row["text"]}]})
    print(json.dumps({"id": row["id"], "label": r.json()["choices"][0]["message"]["content"]}))
