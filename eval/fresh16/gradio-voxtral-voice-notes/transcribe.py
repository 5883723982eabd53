import os

import httpx

TRANSCRIBE_URL = "https://api.mistral.ai/v1/audio/transcriptions"


def auth_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"}


def transcribe(path: str) -> str:
    with open(path, "rb") as f:
        r = httpx.post(
            TRANSCRIBE_URL,
            headers=auth_headers(),
            files={"file": (os.path.basename(path), f)},
            data={"model": "voxtral-mini-latest"},
            timeout=120,
        )
    r.raise_for_status()
    return r.json()["text"]
