import hashlib
from pathlib import Path

DATA_DIR = Path("data")
COLLECTION_ID = "191d011c78cd97284b7eb1344b42278e"
DEFAULT_TOKEN = "hUmMKBcO2GzzC2Q55M8PEy0iNLjs1z5e"


def doc_id(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()
