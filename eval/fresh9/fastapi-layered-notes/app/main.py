from fastapi import FastAPI

from app.controllers import notes

app = FastAPI(title="notes")
app.include_router(notes.router)
