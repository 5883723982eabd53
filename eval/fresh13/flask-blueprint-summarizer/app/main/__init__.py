from flask import Blueprint, jsonify, request

from app.services.summarizer import summarize

bp = Blueprint("main", __name__)


@bp.post("/summarize")
def summarize_view():
    payload = request.get_json(force=True)
    try:
        return jsonify(summary=summarize(payload["text"]))
    except KeyError as e:
        return jsonify(error=f"missing field {e}"), 400
