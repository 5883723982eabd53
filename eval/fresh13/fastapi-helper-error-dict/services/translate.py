import os

from mistralai import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def translate(text: str, target: str) -> dict:
    try:
        r = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": f"Translate to {target}: {text}"}])
        return {"ok": True, "text": r.choices[0].message.content}
    except Exception as e:
        return {"ok": False, "error": str(e)}


def detect(text: str) -> str:
    try:
        r = client.chat.complete(model="ministral-3b-latest", messages=[{"role": "user", "content": f"Language of: {text}"}])
        return r.choices[0].message.content
    except Exception:
        return "unknown"
