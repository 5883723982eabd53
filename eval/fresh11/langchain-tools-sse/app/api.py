import json

from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from app.chains import agent_llm

app = FastAPI()


class Ask(BaseModel):
    question: str


@app.post("/stream")
async def stream(body: Ask):
    async def events():
        try:
            async for chunk in agent_llm.astream(body.question):
                yield f"data: {json.dumps({'token': chunk.content})}\n\n"
        except Exception as e:
            yield f"data: {json.dumps({'error': str(e)})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
