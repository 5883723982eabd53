from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.services.classifier import IntentClassifier

app = FastAPI()
classifier = IntentClassifier()


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    return JSONResponse(status_code=500, content={"error": type(exc).__name__, "message": str(exc)})


@app.post("/intent")
def intent(text: str):
    return {"intent": classifier.classify(text)}
