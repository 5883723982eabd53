from fastapi import FastAPI

from app.llm import complete

app = FastAPI()


@app.get("/complete")
def run(q: str):
    return {"text": complete(q)}
