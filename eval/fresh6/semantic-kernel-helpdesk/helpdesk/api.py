import logging

from fastapi import FastAPI

from .kernel_setup import build_kernel

log = logging.getLogger(__name__)
app = FastAPI()
kernel = build_kernel()


@app.post("/answer")
async def answer(payload: dict):
    try:
        result = await kernel.invoke_prompt(f"Answer this helpdesk ticket politely: {payload['ticket']}")
    except Exception:
        log.exception("kernel invoke failed")
        return {"answer": None, "error": "The assistant is unavailable right now."}
    return {"answer": str(result)}
