from aiohttp import web

from .graph import graph


async def plan(request: web.Request) -> web.Response:
    body = await request.json()
    try:
        out = await graph.ainvoke({"goal": body["goal"], "steps": []})
    except KeyError:
        raise web.HTTPBadRequest(text="goal is required")
    except Exception as exc:
        raise web.HTTPBadGateway(text=str(exc))
    return web.json_response({"steps": out["steps"]})
