import json

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from svc.llm import answer, stream_answer
from svc.store import save_question

router = APIRouter()


@router.get("/answer")
def get_answer(q: str):
    try:
        return {"answer": answer(q)}
    except Exception as e:
        return {"error": str(e)}


@router.get("/stream")
async def stream(q: str):
    async def gen():
        try:
            async for t in stream_answer(q):
                yield f"data: {json.dumps(t)}\n\n"
        except Exception as e:
            yield f"data: {json.dumps({'error': str(e)})}\n\n"

    return StreamingResponse(gen(), media_type="text/event-stream")


@router.post("/questions")
def add_question(q: str):
    try:
        save_question(q)
    except Exception as e:
        return {"error": str(e)}
    return {"ok": True}
