import json
import logging

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from .graph import graph, router_llm
from .settings import settings

log = logging.getLogger(__name__)
app = FastAPI()


@app.on_event("startup")
async def show_settings():
    log.info("settings loaded: %s", settings)


@app.post("/chat")
async def chat(body: dict):
    async def events():
        try:
            async for chunk, _meta in graph.astream({"messages": body["messages"]}, stream_mode="messages"):
                yield f"data: {json.dumps({'delta': chunk.content})}\n\n"
        except Exception as e:
            yield f"data: {json.dumps({'error': str(e)})}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@app.post("/route")
async def route(body: dict):
    try:
        out = await router_llm.ainvoke(body["text"])
    except Exception as e:
        return {"error": str(e)}
    return {"route": out.content}
