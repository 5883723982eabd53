import json
import logging

from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from app.chains import fallback_chain, qa_chain
from app.retriever import retrieve

app = FastAPI()
log = logging.getLogger("lcel")


class Question(BaseModel):
    question: str


@app.post("/qa/stream")
async def qa_stream(q: Question):
    async def event_stream():
        try:
            context = retrieve(q.question)
            async for chunk in qa_chain.astream({"context": context, "question": q.question}):
                yield f"data: {json.dumps({'token': chunk})}\n\n"
        except Exception as e:
            log.exception("stream failed")
            yield f"data: {json.dumps({'error': str(e)})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(event_stream(), media_type="text/event-stream")


@app.post("/qa/cheap")
async def qa_cheap(q: Question):
    try:
        return {"answer": await fallback_chain.ainvoke(q.question)}
    except Exception as e:
        return {"error": str(e)}
