from flask import Flask, jsonify, request

from faq.answer import answer

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_error(e):
    return jsonify(error=str(e)), 500


@app.post("/faq")
def faq():
    return jsonify(answer=answer(request.json["q"]))
