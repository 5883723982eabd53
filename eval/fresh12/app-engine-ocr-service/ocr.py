import base64
import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def ocr_pdf(data: bytes) -> str:
    b64 = base64.b64encode(data).decode()
    resp = client.ocr.process(
        model=os.environ["OCR_MODEL"],
        document={"type": "document_url", "document_url": f"data:application/pdf;base64,{b64}"},
    )
    return "\n\n".join(p.markdown for p in resp.pages)
