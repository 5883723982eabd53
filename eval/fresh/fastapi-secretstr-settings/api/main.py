from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from api.llm import describe, stream

app = FastAPI()
describe()


@app.get("/stream")
async def do_stream(prompt: str):
    async def body():
        try:
            async for piece in stream(prompt):
                yield piece
        except Exception as exc:
            yield f"\n\n{exc!r}"

    return StreamingResponse(body(), media_type="text/plain")
