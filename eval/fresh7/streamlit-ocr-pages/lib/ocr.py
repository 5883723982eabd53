import base64

from mistralai import Mistral


def ocr_pdf(cfg: dict, data: bytes) -> str:
    client = Mistral(api_key=cfg["api_key"])
    doc = {"type": "document_url", "document_url": "data:application/pdf;base64," + base64.b64encode(data).decode()}
    res = client.ocr.process(model=cfg["model"], document=doc)
    return "\n\n".join(p.markdown for p in res.pages)
