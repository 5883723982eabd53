from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.clients.mistral import build_client


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.mistral = build_client()
    yield
    await app.state.mistral.aclose()


app = FastAPI(lifespan=lifespan)
