from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .providers import summarize

app = FastAPI()


class Item(BaseModel):
    text: str


@app.post("/digest")
def digest(item: Item):
    try:
        return {"summary": summarize(item.text)}
    except Exception as e:
        raise HTTPException(status_code=502, detail=str(e))
