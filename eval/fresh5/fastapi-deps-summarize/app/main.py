from fastapi import FastAPI

from app.api.routes import router

app = FastAPI(title="summarize")
app.include_router(router)


@app.get("/healthz")
def healthz():
    return {"ok": True}
