import json
from pathlib import Path

from mistralai import Mistral


def submit(cfg: dict) -> str:
    client = Mistral(api_key=cfg["mistral"]["api_key"])
    lines = [json.dumps({"custom_id": p.stem, "body": {"messages": [{"role": "user", "content": p.read_text()}]}})
             for p in Path(cfg["batch"]["input_dir"]).glob("*.txt")]
    uploaded = client.files.upload(file={"file_name": "batch.jsonl", "content": "\n".join(lines).encode()}, purpose="batch")
    job = client.batch.jobs.create(input_files=[uploaded.id], model=cfg["mistral"]["model"], endpoint="/v1/chat/completions")
    return job.id
