from flask import Flask, jsonify, request

from providers.models import run_codestral, run_gateway

app = Flask(__name__)


@app.post("/codestral")
def codestral():
    try:
        return jsonify(out=run_codestral(request.json["prompt"]))
    except Exception:
        app.logger.exception("codestral failed")
        return jsonify(error="provider error"), 502


@app.post("/compare/<route>")
def compare(route):
    try:
        return jsonify(out=run_gateway(route, request.json["prompt"]))
    except Exception as e:
        return jsonify(error=str(e)), 502
