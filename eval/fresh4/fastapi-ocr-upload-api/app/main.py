from fastapi import FastAPI

from app.routes.documents import router

app = FastAPI(title="OCR upload")
app.include_router(router)
