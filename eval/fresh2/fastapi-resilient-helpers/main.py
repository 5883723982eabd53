import logging

from fastapi import FastAPI, Request

from svc.routes import router

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("api")
app = FastAPI()
app.include_router(router)


@app.middleware("http")
async def access_log(request: Request, call_next):
    response = await call_next(request)
    log.info("%s %s -> %s", request.method, request.url.path, response.status_code)
    return response
