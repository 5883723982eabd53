from fastapi import FastAPI

from tutor.ws import router

app = FastAPI()
app.include_router(router)
