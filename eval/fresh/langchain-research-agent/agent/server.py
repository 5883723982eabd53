from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from agent.graph import agent

api = FastAPI()


@api.get("/research")
async def research(q: str):
    async def gen():
        try:
            async for chunk in agent.astream({"messages": [("user", q)]}, stream_mode="messages"):
                message, _meta = chunk
                if message.content:
                    yield message.content
        except Exception as exc:
            yield f"\n[agent error: {type(exc).__name__}: {exc}]"

    return StreamingResponse(gen(), media_type="text/plain")
