from quart import Quart, request, websocket

from .answer import answer, safe_answer
from .config import load_config

app = Quart(__name__)
app.logger.info("booting FAQ with %r", load_config())


@app.post("/faq")
async def faq():
    data = await request.get_json()
    reply = await safe_answer(data.get("question", ""))
    try:
        return {"answer": reply}
    except Exception as e:
        return {"error": str(e)}, 500


@app.websocket("/ws")
async def ws():
    while True:
        q = await websocket.receive()
        try:
            await websocket.send_json({"answer": await answer(q)})
        except Exception as e:
            await websocket.send_json({"error": str(e)})
