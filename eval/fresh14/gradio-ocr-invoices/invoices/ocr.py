import base64
from pathlib import Path

from mistralai import Mistral

from .config import CONFIG

_client = Mistral(api_key=CONFIG["mistral"]["api_key"])


def extract(path: str) -> str:
    data = base64.b64encode(Path(path).read_bytes()).decode()
    kind = "application/pdf" if path.endswith(".pdf") else "image/png"
    field = "document_url" if kind == "application/pdf" else "image_url"
    res = _client.ocr.process(
        model=CONFIG["mistral"]["ocr_model"],
        document={"type": field, field: f"data:{kind};base64,{data}"},
    )
    return "\n\n".join(p.markdown for p in res.pages[: CONFIG["app"]["max_pages"]])


def ask_invoice(question: str) -> str:
    res = _client.chat.complete(model="mistral-small-latest",
                                messages=[{"role": "user", "content": question}])
    return res.choices[0].message.content
