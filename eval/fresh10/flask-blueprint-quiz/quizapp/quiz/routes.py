from flask import Blueprint, jsonify, request

from quizapp.llm import make_questions

bp = Blueprint("quiz", __name__, url_prefix="/quiz")


@bp.post("/")
def create_quiz():
    topic = request.json.get("topic", "history")
    try:
        return jsonify(questions=make_questions(topic))
    except Exception as exc:
        return jsonify(error=str(exc)), 500
