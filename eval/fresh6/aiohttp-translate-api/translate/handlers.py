import logging

from aiohttp import web

from .mistral_http import auth_headers, translate

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.post("/translate")
async def post_translate(request: web.Request) -> web.Response:
    body = await request.json()
    log.debug("outgoing mistral headers: %s", auth_headers())
    try:
        out = await translate(request.app["http"], body["text"], body.get("target", "English"))
    except Exception as e:
        return web.json_response({"error": str(e)}, status=502)
    return web.json_response({"translation": out})


@routes.get("/status")
async def status(request: web.Request) -> web.Response:
    resp_headers = request.app.get("last_upstream_headers", {})
    log.info("last upstream response headers: %s", resp_headers)
    return web.json_response({"ok": True})
