import os

from flask import Flask, jsonify, request
from mistralai import Mistral

app = Flask(__name__)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@app.post("/reply")
def reply():
    try:
        res = client.chat.complete(model="mistral-small-latest", messages=request.json["messages"])
    except Exception:
        app.logger.exception("mistral call failed")
        return jsonify(error="temporarily unavailable"), 503
    return jsonify(text=res.choices[0].message.content)
