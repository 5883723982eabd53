import logging
import uuid

from app.ocr import run_ocr

log = logging.getLogger(__name__)
JOBS: dict[str, dict] = {}


def new_job() -> str:
    job_id = str(uuid.uuid4())
    JOBS[job_id] = {"status": "queued"}
    return job_id


def process(job_id: str, image_bytes: bytes) -> None:
    try:
        JOBS[job_id] = {"status": "done", "markdown": run_ocr(image_bytes)}
    except Exception as exc:
        log.exception("ocr job %s failed", job_id)
        JOBS[job_id] = {"status": "failed", "error": str(exc)}
