import base64

from mistralai import Mistral

from app.config import MISTRAL_API_KEY

_client = Mistral(api_key=MISTRAL_API_KEY)


async def pdf_to_markdown(data: bytes) -> list[str]:
    encoded = base64.b64encode(data).decode()
    response = await _client.ocr.process_async(
        model="mistral-ocr-latest",
        document={"type": "document_url", "document_url": f"data:application/pdf;base64,{encoded}"},
    )
    return [p.markdown for p in response.pages]
