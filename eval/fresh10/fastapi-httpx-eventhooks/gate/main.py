from fastapi import FastAPI
from fastapi.responses import JSONResponse

from gate.client import client
from gate.explain import explain_flag

app = FastAPI()


@app.post("/screen")
async def screen(post: dict):
    try:
        r = await client.post("/moderations", json={"model": "mistral-moderation-latest", "input": [post["text"]]})
        r.raise_for_status()
        return {"flagged": any(r.json()["results"][0]["categories"].values())}
    except Exception:
        return {"flagged": False, "note": "moderation unavailable"}


@app.post("/explain")
async def explain(post: dict):
    try:
        return {"why": await explain_flag(post["text"])}
    except Exception as e:
        return JSONResponse({"error": repr(e)}, status_code=502)
