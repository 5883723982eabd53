from flask import Flask, jsonify, request

from app.generate import cloud_answer, local_answer
from app.rerank import rerank

app = Flask(__name__)


@app.post("/local")
def local():
    q = request.json["q"]
    try:
        return jsonify(answer=local_answer(q))
    except Exception as err:
        return jsonify(error=str(err)), 500


@app.post("/rerank")
def do_rerank():
    body = request.json
    try:
        return jsonify(docs=rerank(body["q"], body["docs"]))
    except Exception as err:
        return jsonify(error=str(err)), 500


@app.post("/cloud")
def cloud():
    q = request.json["q"]
    try:
        return jsonify(answer=cloud_answer(q))
    except Exception as err:
        return jsonify(error=str(err)), 500
