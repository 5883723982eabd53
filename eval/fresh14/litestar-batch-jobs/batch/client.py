import io
import json
import os

import requests

API = "https://api.mistral.ai/v1"
KEY = os.environ["MISTRAL_API_KEY"]
HEADERS = {"Authorization": f"Bearer {KEY}"}


def upload_batch_file(requests_: list[dict]) -> str:
    buf = io.BytesIO("\n".join(json.dumps(r) for r in requests_).encode())
    r = requests.post(f"{API}/files", headers=HEADERS, files={"file": ("batch.jsonl", buf)},
                      data={"purpose": "batch"}, timeout=120)
    r.raise_for_status()
    return r.json()["id"]


def create_job(file_id: str, model: str = "mistral-small-latest") -> dict:
    r = requests.post(f"{API}/batch/jobs", headers=HEADERS, json={
        "input_files": [file_id], "model": model, "endpoint": "/v1/chat/completions"}, timeout=60)
    r.raise_for_status()
    return r.json()
