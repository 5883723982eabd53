from fastapi import BackgroundTasks, FastAPI, HTTPException, UploadFile

from app.jobs import JOBS, new_job, process

app = FastAPI()


@app.post("/jobs")
async def create(file: UploadFile, tasks: BackgroundTasks):
    job_id = new_job()
    tasks.add_task(process, job_id, await file.read())
    return {"job_id": job_id}


@app.get("/jobs/{job_id}")
def status(job_id: str):
    if job_id not in JOBS:
        raise HTTPException(404, "unknown job")
    return JOBS[job_id]
