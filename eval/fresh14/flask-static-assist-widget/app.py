import logging

from flask import Flask, jsonify, render_template, request

app = Flask(__name__)
log = logging.getLogger("widget")


@app.get("/")
def index():
    return render_template("index.html")


@app.post("/api/feedback")
def feedback():
    data = request.get_json(silent=True) or {}
    try:
        rating = int(data["rating"])
    except (KeyError, ValueError) as e:
        log.warning("bad feedback: %s", e)
        return jsonify(error="rating must be a number"), 400
    return jsonify(ok=True, rating=rating)
