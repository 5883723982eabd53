from flask import Blueprint, Response, jsonify, request, stream_with_context

from app.services.moderation import is_allowed
from app.services.stream import stream_answer

bp = Blueprint("chat", __name__)


@bp.post("/stream")
def stream():
    prompt = request.get_json()["prompt"]
    if not is_allowed(prompt):
        return jsonify(error="This prompt is not allowed."), 400
    return Response(stream_with_context(stream_answer(prompt)), mimetype="text/plain")
