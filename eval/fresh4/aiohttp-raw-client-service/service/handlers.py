from aiohttp import web

from .llm import complete


async def ask(request: web.Request) -> web.Response:
    data = await request.json()
    try:
        text = await complete(request.app["http"], data["prompt"])
    except Exception as e:
        return web.json_response({"error": str(e)}, status=500)
    return web.json_response({"text": text})
