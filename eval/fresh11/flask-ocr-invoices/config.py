import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "cbNqm749vbrtORxx4plhzQSDcVU7C2oZ")
    OCR_MODEL = "mistral-ocr-latest"
    MAX_CONTENT_LENGTH = 10 * 1024 * 1024
