import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from core.config import settings

logger = logging.getLogger("uvicorn.error")


@asynccontextmanager
async def lifespan(app: FastAPI):
    logger.info("starting %s with %s", settings.app_name, settings)
    yield


app = FastAPI(lifespan=lifespan)
