import base64
import logging

from mistralai import Mistral

log = logging.getLogger(__name__)


def read_receipt(client: Mistral, image_bytes: bytes) -> str:
    try:
        encoded = base64.b64encode(image_bytes).decode()
        res = client.ocr.process(
            model="mistral-ocr-latest",
            document={"type": "image_url", "image_url": f"data:image/jpeg;base64,{encoded}"},
        )
        return res.pages[0].markdown
    except Exception:
        log.exception("ocr failed")
        return "Could not read this receipt, please try a sharper photo."
