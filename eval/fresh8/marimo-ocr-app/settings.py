import os
from dataclasses import dataclass, field


@dataclass
class OcrSettings:
    api_key: str = field(default_factory=lambda: os.environ.get("MISTRAL_API_KEY", ""))
    model: str = "mistral-ocr-latest"
    include_images: bool = False
