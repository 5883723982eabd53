from flask import Blueprint, current_app, jsonify, request

from glossary.llm_cache import define

bp = Blueprint("glossary", __name__)


@bp.get("/define")
def define_term():
    term = request.args.get("term", "")
    try:
        return jsonify(term=term, definition=define(term))
    except Exception as exc:
        current_app.logger.exception("define failed")
        return jsonify(error=exc.args[0] if exc.args else "error"), 500


@bp.get("/debug/config")
def show_config():
    current_app.logger.info("config: %s", dict(current_app.config))
    return jsonify(ok=True)
