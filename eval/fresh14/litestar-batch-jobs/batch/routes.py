from litestar import Litestar, get, post
from litestar.background_tasks import BackgroundTask
from litestar.exceptions import NotFoundException
from litestar.response import Response

from .debug import enable_wire_debug
from .jobs import JOBS, run_job, submit


@post("/jobs")
async def create(data: dict) -> Response:
    prompts = data.get("prompts", [])
    job_id = submit(prompts)
    return Response({"job_id": job_id}, background=BackgroundTask(run_job, job_id, prompts))


@get("/jobs/{job_id:str}")
async def status(job_id: str) -> dict:
    if job_id not in JOBS:
        raise NotFoundException("no such job")
    return JOBS[job_id]


enable_wire_debug()
app = Litestar(route_handlers=[create, status])
