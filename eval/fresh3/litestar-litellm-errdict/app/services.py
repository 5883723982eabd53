import litellm

from .config import MISTRAL_API_KEY, MODEL


def headline(article: str) -> dict:
    try:
        res = litellm.completion(model=MODEL, api_key=MISTRAL_API_KEY,
                                 messages=[{"role": "user", "content": f"Headline for: {article}"}])
        return {"ok": True, "headline": res.choices[0].message.content}
    except Exception as e:
        return {"ok": False, "error": f"headline failed: {e}"}


def local_headline(article: str) -> dict:
    try:
        res = litellm.completion(model="ollama/mistral", messages=[{"role": "user", "content": article}])
        return {"ok": True, "headline": res.choices[0].message.content}
    except Exception as e:
        return {"ok": False, "error": f"local model failed: {e}"}
