import logging

import aiohttp
from aiohttp import web

from .handlers import ask


async def make_session(app: web.Application):
    app["http"] = aiohttp.ClientSession()
    yield
    await app["http"].close()


def build() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(make_session)
    app.router.add_post("/ask", ask)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    web.run_app(build(), port=8081)
