from litestar import Litestar, Response, post
from pydantic import BaseModel

from .pipeline import query_pipeline


class Question(BaseModel):
    question: str


@post("/ask")
async def ask(data: Question) -> Response:
    try:
        out = query_pipeline.run({"embed": {"text": data.question}, "prompt": {"question": data.question}})
    except Exception as exc:
        return Response({"detail": f"pipeline failed: {exc}"}, status_code=500)
    return Response({"answer": out["llm"]["replies"][0].text})


app = Litestar(route_handlers=[ask])
