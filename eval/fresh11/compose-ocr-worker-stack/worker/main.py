import logging
import os
import time

from mistralai import Mistral

from queue_db import next_document, save_result

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "info").upper())
log = logging.getLogger("worker")
log.debug("worker environment: %s", dict(os.environ))

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

while True:
    doc = next_document()
    if doc is None:
        time.sleep(5)
        continue
    res = client.ocr.process(model=os.environ["OCR_MODEL"], document={"type": "document_url", "document_url": doc.url})
    save_result(doc.id, "\n".join(p.markdown for p in res.pages))
