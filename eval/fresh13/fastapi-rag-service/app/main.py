import logging

from fastapi import FastAPI

from app.api.routes import chat
from app.core.config import get_settings

logger = logging.getLogger("rag")
app = FastAPI(title="RAG service")
app.include_router(chat.router)


@app.on_event("startup")
async def show_config() -> None:
    logger.info("settings loaded: %s", get_settings())
