import os
from contextlib import asynccontextmanager

from mistralai import Mistral


@asynccontextmanager
async def lifespan(app):
    app.state.mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    app.state.request_salt = os.environ.get("REQUEST_SALT", "")
    yield
