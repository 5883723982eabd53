import csv
import json
import sys

import requests

from common import API_URL, HEADERS

LABELS = ["billing", "bug", "feature", "other"]


def classify(text: str) -> str:
    body = {
        "model": "ministral-8b-latest",
        "response_format": {"type": "json_object"},
        "messages": [{"role": "user", "content": f"Classify into {LABELS}: {text}. Reply as JSON {{\"label\": ...}}"}],
    }
    resp = requests.post(API_URL, headers=HEADERS, json=body, timeout=60)
    if resp.status_code != 200:
        print("request failed", resp.status_code, resp.text)
        print("sent headers:", resp.request.headers)
        resp.raise_for_status()
    return json.loads(resp.json()["choices"][0]["message"]["content"])["label"]


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        for row in csv.DictReader(f):
            print(row["id"], classify(row["body"]))
