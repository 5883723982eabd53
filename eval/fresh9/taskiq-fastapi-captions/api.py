from fastapi import FastAPI

from worker.broker import broker
from worker.tasks import caption

app = FastAPI(on_startup=[broker.startup], on_shutdown=[broker.shutdown])


@app.post("/captions")
async def submit(url: str):
    task = await caption.kiq(url)
    return {"task_id": task.task_id}


@app.get("/captions/{task_id}")
async def status(task_id: str):
    result = await broker.result_backend.get_result(task_id)
    if result.is_err:
        return {"status": "failed", "error": str(result.error)}
    return {"status": "done", "caption": result.return_value}
