from fastapi import FastAPI

from gate.client import client

app = FastAPI()


@app.post("/screen")
async def screen(post: dict):
    try:
        r = await client.post("/moderations", json={"model": "mistral-moderation-latest", "input": [post["text"]]})
        r.raise_for_status()
        return {"flagged": any(r.json()["results"][0]["categories"].values())}
    except Exception:
        return {"flagged": False, "note": "moderation unavailable"}
