import json

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from app.services.stream import open_stream

router = APIRouter()


def events(prompt: str):
    try:
        for chunk in open_stream(prompt):
            delta = chunk.data.choices[0].delta.content or ""
            yield f"data: {json.dumps({'delta': delta})}\n\n"
    except Exception as exc:
        yield f"data: {json.dumps({'error': str(exc)})}\n\n"
    yield "data: [DONE]\n\n"


@router.get("/chat")
def chat(q: str):
    return StreamingResponse(events(q), media_type="text/event-stream")
