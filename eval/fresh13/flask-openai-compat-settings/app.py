from flask import Flask, jsonify, request

from services.llm_client import rewrite

app = Flask(__name__)


@app.post("/rewrite")
def rewrite_view():
    try:
        return jsonify(text=rewrite(request.json["text"]))
    except Exception:
        app.logger.exception("rewrite failed")
        return jsonify(error="rewrite failed"), 502
