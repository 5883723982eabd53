import traceback

from sanic import Sanic
from sanic.response import json

from .agent import run_agent

app = Sanic("researcher")


@app.post("/research")
async def research(request):
    q = (request.json or {}).get("q", "").strip()
    if not q:
        return json({"error": "q is required"}, status=400)
    try:
        answer = await request.app.loop.run_in_executor(None, run_agent, q)
    except Exception as e:
        return json({"error": str(e), "trace": traceback.format_exc()}, status=500)
    return json({"answer": answer})


@app.get("/healthz")
async def healthz(request):
    return json({"ok": True})
