from flask import Flask, jsonify, request
from flask_injector import FlaskInjector

from gateway import MistralGateway
from modules import configure

app = Flask(__name__)


@app.post("/moderate")
def moderate(gateway: MistralGateway):
    try:
        return jsonify(gateway.moderate(request.json["text"]))
    except Exception as e:
        return jsonify({"error": str(e)}), 500


FlaskInjector(app=app, modules=[configure])
