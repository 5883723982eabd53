from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from faq.assistant import answer, answer_or_error

app = FastAPI()


class Question(BaseModel):
    text: str


@app.post("/faq")
def faq(q: Question):
    try:
        return {"answer": answer(q.text)}
    except Exception as exc:
        # answer() never raises for Mistral failures; this only covers validation bugs
        return JSONResponse({"error": str(exc)}, status_code=500)


@app.post("/faq/v2")
def faq_v2(q: Question):
    result = answer_or_error(q.text)
    status = 200 if result["ok"] else 502
    return JSONResponse(result, status_code=status)
