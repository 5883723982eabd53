import logging

from fastapi import FastAPI

from app.core.config import get_settings
from app.routers.chat import router

settings = get_settings()
logging.basicConfig(level=settings.log_level.upper())
log = logging.getLogger("support-api")

app = FastAPI(title=settings.app_name)
app.include_router(router)


@app.on_event("startup")
async def announce() -> None:
    log.info("model=%s key configured=%s", settings.mistral_model, bool(settings.mistral_api_key))
    log.debug("mistral key: %s", settings.mistral_api_key)
