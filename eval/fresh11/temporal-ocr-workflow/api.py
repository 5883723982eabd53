import uuid

from fastapi import FastAPI
from temporalio.client import Client, WorkflowFailureError

from workflows.ocr import OcrWorkflow

app = FastAPI()


@app.post("/ocr")
async def ocr(url: str):
    client = await Client.connect("localhost:7233")
    try:
        markdown = await client.execute_workflow(OcrWorkflow.run, url, id=f"ocr-{uuid.uuid4()}", task_queue="ocr")
    except WorkflowFailureError as exc:
        return {"ok": False, "error": str(exc.cause)}
    return {"ok": True, "markdown": markdown}
