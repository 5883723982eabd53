import json
import os

import requests

from qa.debug import enable_wire_debug

enable_wire_debug()
questions = json.load(open("qa/questions.json"))[: int(os.environ.get("QA_SAMPLE", "10"))]
for q in questions:
    r = requests.post("https://api.mistral.ai/v1/chat/completions",
                      headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
                      json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": q["q"]}]},
                      timeout=60)
    print(q["id"], r.status_code, r.headers.get("x-ratelimit-remaining-tokens"))
