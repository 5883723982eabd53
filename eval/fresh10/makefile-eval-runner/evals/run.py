import argparse
import json
import logging
import os

from mistralai import Mistral

logging.basicConfig(level=logging.INFO)
p = argparse.ArgumentParser()
p.add_argument("--suite")
a = p.parse_args()
env = {k: v for k, v in os.environ.items() if k.startswith("MISTRAL") or k == "MODEL"}
logging.info("eval environment: %s", env)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
for line in open(a.suite):
    case = json.loads(line)
    out = client.chat.complete(model=os.environ["MODEL"], messages=[{"role": "user", "content": case["prompt"]}])
    logging.info("case %s ok=%s", case["id"], case["expect"] in out.choices[0].message.content)
