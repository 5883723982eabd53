import base64
import logging
import os

from mistralai import Mistral

log = logging.getLogger("ocr")
API_KEY = os.environ["MISTRAL_API_KEY"]
client = Mistral(api_key=API_KEY)
log.info("OCR client ready (key %s)", API_KEY)


def run_ocr(path: str) -> str:
    with open(path, "rb") as fh:
        data = base64.b64encode(fh.read()).decode()
    res = client.ocr.process(model="mistral-ocr-latest",
                             document={"type": "document_url", "document_url": f"data:application/pdf;base64,{data}"})
    return "\n\n".join(page.markdown for page in res.pages)
