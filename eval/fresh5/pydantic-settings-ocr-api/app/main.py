import logging

from fastapi import FastAPI, UploadFile
from fastapi.responses import JSONResponse

from app.ocr import run_ocr
from app.settings import sentry_settings, settings

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("ocr-api")
logger.info("settings: %s", settings.model_dump())
logger.info("sentry: %s", sentry_settings)

app = FastAPI()


@app.post("/ocr")
async def ocr(file: UploadFile):
    result = run_ocr(await file.read())
    status = 200 if result["ok"] else 502
    return JSONResponse(result, status_code=status)
