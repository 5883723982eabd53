import os

from flask import Flask, jsonify, request
from mistralai import Mistral

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@app.post("/triage")
def triage():
    try:
        r = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "Label bug/feature/question: " + request.json["text"]}])
        return jsonify(label=r.choices[0].message.content.strip().lower())
    except Exception:
        app.logger.exception("triage failed")
        return jsonify(label="unknown"), 200
