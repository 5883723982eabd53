import traceback

from sse_starlette.sse import EventSourceResponse
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse
from starlette.routing import Route

from writer import stream_story


async def story(request: Request):
    prompt = request.query_params.get("prompt", "a lighthouse")
    print("story requested by", request.headers.get("user-agent"))

    async def events():
        try:
            async for piece in stream_story(prompt):
                yield {"data": piece}
        except Exception:
            yield {"event": "error", "data": traceback.format_exc()}

    return EventSourceResponse(events())


async def index(request: Request):
    return FileResponse("static/index.html")


app = Starlette(routes=[Route("/", index), Route("/story", story)])
