from fastapi import FastAPI, Form, Request
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates

from app.llm import summarize

app = FastAPI()
templates = Jinja2Templates(directory="app/templates")


@app.get("/")
async def index(request: Request):
    return templates.TemplateResponse("index.html", {"request": request})


@app.post("/summarize")
async def do_summarize(text: str = Form(...)):
    result = await summarize(text)
    if not result["ok"]:
        return JSONResponse({"error": result["error"]}, status_code=502)
    return {"summary": result["summary"]}
