import uuid

from .client import create_job, upload_batch_file

JOBS: dict[str, dict] = {}


def submit(prompts: list[str]) -> str:
    job_id = uuid.uuid4().hex
    JOBS[job_id] = {"status": "queued"}
    return job_id


def run_job(job_id: str, prompts: list[str]) -> None:
    reqs = [{"custom_id": str(i), "body": {"messages": [{"role": "user", "content": p}]}}
            for i, p in enumerate(prompts)]
    try:
        file_id = upload_batch_file(reqs)
        job = create_job(file_id)
        JOBS[job_id] = {"status": "submitted", "mistral_job": job["id"]}
    except Exception as exc:
        JOBS[job_id] = {"status": "failed", "error": str(exc)}
