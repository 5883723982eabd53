import logging

from fastapi import FastAPI, UploadFile
from fastapi.responses import JSONResponse

from ocr import ocr_pdf

app = FastAPI()
log = logging.getLogger("ocr")


@app.post("/ocr")
async def run(file: UploadFile):
    try:
        return {"markdown": ocr_pdf(await file.read())}
    except Exception:
        log.exception("ocr failed for %s", file.filename)
        return JSONResponse({"error": "OCR failed"}, status_code=500)
