from aiohttp import web

from .handlers import plan
from .middlewares import log_requests


def create_app() -> web.Application:
    app = web.Application(middlewares=[log_requests])
    app.router.add_post("/plan", plan)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
