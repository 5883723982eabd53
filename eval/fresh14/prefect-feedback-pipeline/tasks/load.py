import json

import fsspec
from prefect import task


@task(retries=2)
def load_feedback(bucket: str, limit: int) -> list[str]:
    with fsspec.open(f"{bucket}/latest.jsonl") as fh:
        return [json.loads(line)["text"] for line in fh.read().decode().splitlines()[:limit]]
