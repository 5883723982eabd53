from fastapi import FastAPI

from .lifespan import lifespan
from .routes import chat, health

app = FastAPI(lifespan=lifespan)
app.include_router(chat.router)
app.include_router(health.router)
