import base64
import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def run_ocr(image_bytes: bytes) -> str:
    data_url = "data:image/png;base64," + base64.b64encode(image_bytes).decode()
    res = client.ocr.process(model="mistral-ocr-latest", document={"type": "image_url", "image_url": data_url})
    return res.pages[0].markdown
