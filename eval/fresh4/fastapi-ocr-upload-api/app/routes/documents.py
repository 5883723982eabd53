from fastapi import APIRouter, File, HTTPException, UploadFile

from app.db import ping
from app.services.ocr_service import pdf_to_markdown

router = APIRouter(prefix="/documents")


@router.post("/ocr")
async def ocr_document(file: UploadFile = File(...)):
    try:
        pages = await pdf_to_markdown(await file.read())
    except Exception as exc:
        raise HTTPException(status_code=502, detail=f"OCR failed: {exc}")
    return {"pages": pages}


@router.get("/health")
async def health():
    try:
        await ping()
    except Exception as exc:
        return {"ok": False, "error": str(exc)}
    return {"ok": True}
