from arq import create_pool
from arq.jobs import Job
from fastapi import FastAPI, HTTPException

from worker import REDIS

app = FastAPI()


@app.on_event("startup")
async def startup():
    app.state.redis = await create_pool(REDIS)


@app.post("/translate")
async def enqueue(text: str, lang: str = "fr"):
    job = await app.state.redis.enqueue_job("translate", text, lang)
    return {"job": job.job_id}


@app.get("/translate/{job_id}")
async def result(job_id: str):
    job = Job(job_id, app.state.redis)
    try:
        return {"text": await job.result(timeout=5)}
    except TimeoutError:
        return {"status": "pending"}
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))
