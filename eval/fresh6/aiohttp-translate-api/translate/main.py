import aiohttp
from aiohttp import web

from .handlers import routes


async def http_session(app: web.Application):
    app["http"] = aiohttp.ClientSession()
    yield
    await app["http"].close()


def build() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(http_session)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(build(), port=8080)
