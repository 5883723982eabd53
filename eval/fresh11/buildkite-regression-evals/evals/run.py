import argparse
import json
import os
from pathlib import Path

import requests

API = "https://api.mistral.ai/v1/chat/completions"


def run_case(case: dict) -> bool:
    resp = requests.post(API, json={"model": os.environ["EVAL_MODEL"], "messages": case["messages"]},
                         headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"}, timeout=60)
    if resp.status_code != 200:
        print("request failed", resp.status_code, resp.request.headers)
        return False
    return case["expect"].lower() in resp.json()["choices"][0]["message"]["content"].lower()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--suite", default="smoke")
    suite = json.loads(Path(f"evals/{p.parse_args().suite}.json").read_text())
    print(f"{sum(run_case(c) for c in suite)}/{len(suite)} passed")
