import json

from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from agent.runner import run_agent

app = FastAPI()


class ChatBody(BaseModel):
    messages: list[dict]


@app.post("/chat")
async def chat(body: ChatBody):
    async def events():
        try:
            async for chunk in run_agent(body.messages):
                yield f"data: {json.dumps({'delta': chunk})}\n\n"
        except Exception as exc:
            yield f"event: error\ndata: {json.dumps({'message': str(exc)})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
