from fastapi import FastAPI

from app.routers import glossary

app = FastAPI(title="glossary")
app.include_router(glossary.router)
