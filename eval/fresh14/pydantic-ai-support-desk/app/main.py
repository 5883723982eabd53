import json
import logging

from fastapi import FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from .agent import Deps, support_agent
from .settings import settings

log = logging.getLogger("support")
app = FastAPI(title="support-desk")
log.info("settings: %s", settings.model_dump(exclude={"mistral_api_key"}))


class Ask(BaseModel):
    customer_id: str
    question: str


@app.post("/ask")
async def ask(body: Ask):
    try:
        result = await support_agent.run(body.question, deps=Deps(body.customer_id))
    except Exception as exc:
        raise HTTPException(status_code=502, detail=str(exc))
    return result.output


@app.post("/ask/stream")
async def ask_stream(body: Ask):
    async def events():
        try:
            async with support_agent.run_stream(body.question, deps=Deps(body.customer_id)) as run:
                async for chunk in run.stream_text(delta=True):
                    yield f"data: {json.dumps({'text': chunk})}\n\n"
        except Exception as exc:
            yield f"data: {json.dumps({'error': str(exc)})}\n\n"
    return StreamingResponse(events(), media_type="text/event-stream")
