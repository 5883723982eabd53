import logging

from fastapi import FastAPI

from app.core.settings import settings
from app.routers import search

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("app")

app = FastAPI(title="docs search")
app.include_router(search.router)


@app.on_event("startup")
def announce():
    logger.info("settings loaded: %s", settings)
