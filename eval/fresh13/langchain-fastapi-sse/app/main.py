import json

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from app.chains import chain

app = FastAPI()


async def event_stream(question: str):
    try:
        async for chunk in chain.astream({"question": question}):
            yield f"data: {json.dumps({'token': chunk})}\n\n"
    except Exception as exc:
        yield f"data: {json.dumps({'error': repr(exc)})}\n\n"
    yield "data: [DONE]\n\n"


@app.get("/stream")
async def stream(q: str):
    return StreamingResponse(event_stream(q), media_type="text/event-stream")
