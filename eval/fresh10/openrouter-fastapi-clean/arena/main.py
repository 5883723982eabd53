import logging

from fastapi import FastAPI, HTTPException

from arena.client import MODELS, router

app = FastAPI()
log = logging.getLogger("arena")


@app.post("/compare")
def compare(prompt: dict):
    out = {}
    for m in MODELS:
        try:
            r = router.chat.completions.create(model=m, messages=[{"role": "user", "content": prompt["text"]}])
            out[m] = r.choices[0].message.content
        except Exception as e:
            out[m] = f"error: {e}"
    if not out:
        raise HTTPException(500, "no models")
    log.info("compared %d models", len(out))
    return out
