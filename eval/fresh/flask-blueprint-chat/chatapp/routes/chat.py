from flask import Blueprint, jsonify, request

from ..services.mistral_client import generate

chat_bp = Blueprint("chat", __name__, url_prefix="/api")


@chat_bp.post("/chat")
def chat():
    history = request.get_json(force=True).get("messages", [])
    try:
        reply = generate(history)
    except Exception as exc:
        return jsonify(error=repr(exc)), 500
    return jsonify(reply=reply)
