from quart import Quart, jsonify, request

from .llm import make_cards

app = Quart(__name__, static_folder="../web/dist", static_url_path="/")


@app.post("/api/cards")
async def cards():
    data = await request.get_json()
    try:
        out = await make_cards(data["topic"])
    except Exception as e:
        return jsonify(error=str(e)), 500
    return jsonify(cards=out)
