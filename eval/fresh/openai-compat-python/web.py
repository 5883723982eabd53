import os

from flask import Flask, jsonify, request

from providers import OpenRouterProvider

app = Flask(__name__)
router = OpenRouterProvider(os.environ["OPENROUTER_API_KEY"], "mistralai/mistral-small-3.1-24b-instruct")


@app.post("/complete")
def complete():
    prompt = request.get_json()["prompt"]
    try:
        return jsonify(text=router.complete(prompt))
    except Exception as exc:
        return jsonify(error=str(exc)), 502
