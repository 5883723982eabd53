from flask import Flask, jsonify, request

from .program import classify

app = Flask(__name__)


@app.post("/classify")
def classify_route():
    text = (request.get_json(silent=True) or {}).get("text", "")
    if not text:
        return jsonify(error="text is required"), 400
    try:
        label = classify(text)
    except Exception as e:
        return jsonify(error=repr(e)), 500
    return jsonify(label=label)
