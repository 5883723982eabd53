import os

from mistralai import Mistral
from temporalio import activity

_client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@activity.defn
async def ocr_document(url: str) -> str:
    res = await _client.ocr.process_async(model="mistral-ocr-latest", document={"type": "document_url", "document_url": url})
    return "\n\n".join(p.markdown for p in res.pages)
