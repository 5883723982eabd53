import os

from dotenv import load_dotenv

load_dotenv()

MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
OCR_MAX_PAGES = int(os.getenv("OCR_MAX_PAGES", "40"))
