from flask import Flask, jsonify

from .llm import explain

app = Flask(__name__)


@app.get("/explain/<term>")
def explain_term(term):
    try:
        return jsonify(term=term, text=explain(term))
    except Exception as e:
        return jsonify(error=str(e)), 500
