import sqlite3

from flask import Blueprint, current_app, jsonify, request

feedback_bp = Blueprint("feedback", __name__, url_prefix="/api")


@feedback_bp.post("/feedback")
def feedback():
    data = request.get_json(force=True)
    try:
        with sqlite3.connect(current_app.config["FEEDBACK_DB"]) as conn:
            conn.execute("insert into feedback(text) values (?)", (data["text"],))
    except Exception as exc:
        return jsonify(error=repr(exc)), 500
    return jsonify(ok=True)
