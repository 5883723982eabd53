from litestar import Litestar, post

from .services import headline, local_headline


@post("/headline")
async def make_headline(data: dict) -> dict:
    return headline(data["article"])


@post("/headline/local")
async def make_local_headline(data: dict) -> dict:
    return local_headline(data["article"])


app = Litestar(route_handlers=[make_headline, make_local_headline])
