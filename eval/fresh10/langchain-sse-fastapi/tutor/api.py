import json
import os

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from tutor.chain import chain

app = FastAPI()


async def events(question: str):
    try:
        async for token in chain.astream({"question": question}):
            yield f"data: {json.dumps({'token': token})}\n\n"
    except Exception as exc:
        yield f"event: error\ndata: {json.dumps({'message': str(exc)})}\n\n"


@app.get("/health")
async def health():
    return {"key_set": bool(os.getenv("MISTRAL_API_KEY"))}


@app.get("/ask")
async def ask(q: str):
    return StreamingResponse(events(q), media_type="text/event-stream")
