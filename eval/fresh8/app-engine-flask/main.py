import os

from flask import Flask, jsonify, request

from services.chat import answer

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.post("/ask")
def ask():
    try:
        return jsonify(answer=answer(request.json["q"]))
    except Exception as e:
        return jsonify(error=str(e)), 500


@app.get("/tasks/refresh")
def refresh():
    return "", 204
