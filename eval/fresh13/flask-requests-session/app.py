from flask import Flask, jsonify, request

from services.mistral_session import MistralSession

app = Flask(__name__)
mistral = MistralSession()


@app.post("/ask")
def ask():
    resp = mistral.chat(request.json["prompt"])
    app.logger.debug("upstream request headers: %s", resp.request.headers)
    if resp.status_code != 200:
        app.logger.warning("mistral status %s", resp.status_code)
        return jsonify(error="upstream error"), 502
    return jsonify(answer=resp.json()["choices"][0]["message"]["content"])
