from flask import Flask, jsonify, request

from providers.hf import hosted_answer
from providers.local import local_answer

app = Flask(__name__)


@app.post("/hosted")
def hosted():
    try:
        return jsonify({"answer": hosted_answer(request.json["prompt"])})
    except Exception as e:
        return jsonify({"error": str(e)}), 502


@app.post("/local")
def local():
    try:
        return jsonify({"answer": local_answer(request.json["prompt"])})
    except Exception as e:
        return jsonify({"error": repr(e)}), 502
