import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from mistralai import Mistral

from invoices.settings import settings

log = logging.getLogger("invoices")


@asynccontextmanager
async def lifespan(app: FastAPI):
    log.info("booting invoice extractor: %r", settings)
    log.info("bucket=%s model=%s", settings.s3_bucket, settings.model)
    app.state.client = Mistral(api_key=settings.mistral_api_key)
    yield


app = FastAPI(lifespan=lifespan)
