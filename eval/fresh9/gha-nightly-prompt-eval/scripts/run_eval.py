import json
import os

from mistralai import Mistral

from scripts.cases import CASES

print("environment:", json.dumps(dict(os.environ), indent=2))
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
for case in CASES:
    out = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": case["prompt"]}])
    print(case["id"], case["expect"] in out.choices[0].message.content)
