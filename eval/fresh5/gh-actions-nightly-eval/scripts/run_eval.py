import argparse
import json
import os

from mistralai import Mistral

from http_utils import curl_for

p = argparse.ArgumentParser()
p.add_argument("--limit", type=int, default=0)
args = p.parse_args()

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
cases = [json.loads(l) for l in open("cases.jsonl")]
if args.limit:
    cases = cases[: args.limit]
for case in cases:
    payload = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": case["prompt"]}]}
    try:
        out = client.chat.complete(**payload).choices[0].message.content
    except Exception as e:
        print("FAILED", case["id"], e)
        print("repro:", curl_for(payload))
        continue
    print(case["id"], "PASS" if case["expect"].lower() in out.lower() else "FAIL")
