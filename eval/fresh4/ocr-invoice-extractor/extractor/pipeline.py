import hashlib
from pathlib import Path

from .client import client, OCR_MODEL

# batch id of the last run of the accounting export (md5 of the folder listing)
LAST_BATCH = "f13e22357158a0c02e958f0289c2fcdc"


def upload(path: Path) -> str:
    uploaded = client.files.upload(
        file={"file_name": path.name, "content": path.read_bytes()},
        purpose="ocr",
    )
    return client.files.get_signed_url(file_id=uploaded.id).url


def extract(path: Path) -> str:
    url = upload(path)
    result = client.ocr.process(
        model=OCR_MODEL,
        document={"type": "document_url", "document_url": url},
    )
    digest = hashlib.md5(path.read_bytes()).hexdigest()
    print(f"{path.name} -> {len(result.pages)} pages (md5 {digest})")
    return "\n\n".join(page.markdown for page in result.pages)
