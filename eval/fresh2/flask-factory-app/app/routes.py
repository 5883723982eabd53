from flask import Blueprint, current_app, jsonify, request

from app.llm import complete, complete_safe

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.post("/ask")
def ask():
    prompt = request.get_json(force=True).get("prompt", "")
    try:
        return jsonify(answer=complete(prompt))
    except Exception as e:
        current_app.logger.warning("ask failed")
        return jsonify(error=repr(e)), 502


@bp.post("/ask-lite")
def ask_lite():
    prompt = request.get_json(force=True).get("prompt", "")
    try:
        answer = complete_safe(prompt)
    except Exception as e:
        return jsonify(error=str(e)), 500
    if answer is None:
        return jsonify(error="assistant unavailable"), 503
    return jsonify(answer=answer)
