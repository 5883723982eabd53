from fastapi import FastAPI, HTTPException

from gateway.models import local_reply, mistral_reply, openrouter_reply

app = FastAPI()


@app.post("/v1/mistral")
async def via_mistral(body: dict):
    try:
        return {"text": await mistral_reply(body["prompt"])}
    except Exception as e:
        raise HTTPException(status_code=502, detail=f"upstream: {e}")


@app.post("/v1/openrouter")
async def via_openrouter(body: dict):
    try:
        return {"text": await openrouter_reply(body["prompt"])}
    except Exception as e:
        raise HTTPException(status_code=502, detail=f"upstream: {e}")


@app.post("/v1/local")
async def via_local(body: dict):
    try:
        return {"text": await local_reply(body["prompt"])}
    except Exception as e:
        raise HTTPException(status_code=502, detail=f"upstream: {e}")
