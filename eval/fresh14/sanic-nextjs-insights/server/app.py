from sanic import Sanic
from sanic.response import json

from .llm import insight

app = Sanic("insights")


@app.post("/api/insight")
async def insight_route(request):
    body = request.json or {}
    try:
        text = await insight(body.get("metric", "revenue"), body.get("values", []))
    except Exception as e:
        return json({"error": f"{e}"}, status=502)
    return json({"insight": text})
