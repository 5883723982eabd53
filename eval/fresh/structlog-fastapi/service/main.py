from fastapi import FastAPI
from fastapi.responses import JSONResponse

from service.logging_setup import log
from service.middleware import AccessLog
from service.upstream import embed

app = FastAPI()
app.add_middleware(AccessLog)


@app.post("/embed")
def do_embed(body: dict):
    try:
        return {"vectors": embed(body["texts"])}
    except Exception as exc:
        log.error("embed failed", error=str(exc))
        return JSONResponse({"error": "embedding failed"}, status_code=502)
