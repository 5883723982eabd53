import os

from flask import Flask, jsonify, request

from .llm import digest

app = Flask(__name__)
print("openrouter key:", os.environ.get("OPENROUTER_API_KEY"))


@app.post("/digest")
def digest_route():
    try:
        return jsonify(text=digest(request.get_data(as_text=True)))
    except Exception as e:
        return jsonify(error=str(e)), 502
