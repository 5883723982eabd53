import logging
import uuid

from fastapi import BackgroundTasks, FastAPI
from pydantic import BaseModel

from app.services.digest import DigestService

app = FastAPI(title="digest")
log = logging.getLogger("digest.api")
JOBS: dict[str, dict] = {}
service = DigestService()


class DigestIn(BaseModel):
    items: list[str]


def run_digest(job_id: str, items: list[str]) -> None:
    try:
        JOBS[job_id] = {"status": "done", "text": service.summarize(items)}
    except Exception:
        log.exception("digest job %s failed", job_id)
        JOBS[job_id] = {"status": "failed", "error": "digest could not be built"}


@app.post("/digests")
def create(body: DigestIn, tasks: BackgroundTasks):
    job_id = uuid.uuid4().hex
    JOBS[job_id] = {"status": "queued"}
    tasks.add_task(run_digest, job_id, body.items)
    log.info("queued digest %s with %d items", job_id, len(body.items))
    return {"id": job_id}


@app.get("/digests/{job_id}")
def status(job_id: str):
    return JOBS.get(job_id, {"status": "unknown"})
