from flask import Blueprint, current_app, jsonify, request

from app.rewrite.service import rewrite

bp = Blueprint("rewrite", __name__, url_prefix="/rewrite")


@bp.post("/")
def rewrite_view():
    data = request.get_json(force=True)
    current_app.logger.info("rewrite from %s", request.remote_addr)
    try:
        out = rewrite(data["text"], data.get("tone", "neutral"))
    except Exception:
        current_app.logger.exception("rewrite failed")
        return jsonify(error="The rewrite service is unavailable."), 502
    return jsonify(text=out)
