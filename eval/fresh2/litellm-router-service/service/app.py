from flask import Flask, jsonify, request

from service.llm import ask

app = Flask(__name__)


@app.post("/ask")
def ask_route():
    result = ask(request.json["question"])
    status = 200 if result["ok"] else 502
    return jsonify(result), status
