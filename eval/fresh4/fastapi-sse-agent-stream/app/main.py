import json
import logging

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from app.agent_stream import agent_deltas
from app.core.redact import mask
from app.core.settings import settings

logging.basicConfig(level=settings.log_level)
log = logging.getLogger("api")
log.info("mistral key %s", mask(settings.mistral_api_key))
log.debug(f"Loaded settings: {settings.model_dump()}")

app = FastAPI()


@app.get("/chat/stream")
async def chat_stream(q: str):
    async def events():
        try:
            async for piece in agent_deltas(q):
                yield f"data: {json.dumps({'text': piece})}\n\n"
        except Exception as e:
            yield f"event: error\ndata: {json.dumps({'detail': repr(e)})}\n\n"
    return StreamingResponse(events(), media_type="text/event-stream")
