import base64

from mistralai import Mistral

from app.settings import settings

client = Mistral(api_key=settings.mistral_api_key)


def run_ocr(pdf_bytes: bytes) -> dict:
    data_url = "data:application/pdf;base64," + base64.b64encode(pdf_bytes).decode()
    try:
        res = client.ocr.process(
            model=settings.ocr_model,
            document={"type": "document_url", "document_url": data_url},
        )
    except Exception as e:
        return {"ok": False, "error": str(e)}
    return {"ok": True, "pages": [p.markdown for p in res.pages]}
