from fastapi import FastAPI, HTTPException

from app.cache import cached_completion

app = FastAPI()


@app.post("/complete")
async def complete(prompt: str):
    try:
        data = await cached_completion({"model": "mistral-small-latest", "messages": [{"role": "user", "content": prompt}]})
    except Exception:
        raise HTTPException(502, "upstream unavailable")
    return {"text": data["choices"][0]["message"]["content"]}
