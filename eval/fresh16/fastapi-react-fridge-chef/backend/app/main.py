import logging

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from .config import load_settings
from .llm import suggest_recipe

log = logging.getLogger("fridge-chef")
app = FastAPI(title="Fridge Chef")
app.add_middleware(
    CORSMiddleware,
    allow_origins=[load_settings().allowed_origin],
    allow_methods=["*"],
)


class RecipeRequest(BaseModel):
    ingredients: list[str]


@app.on_event("startup")
def show_config() -> None:
    log.info("starting with %s", load_settings())


@app.post("/api/recipe")
def recipe(req: RecipeRequest):
    if not req.ingredients:
        raise HTTPException(status_code=400, detail="Give at least one ingredient")
    try:
        return {"recipe": suggest_recipe(req.ingredients)}
    except Exception as e:
        raise HTTPException(status_code=502, detail=f"Mistral failed: {e}")
