import logging

from flask import Flask, jsonify, request

from .pipelines import build_qa

app = Flask(__name__)
log = logging.getLogger("qa")
qa = build_qa()


@app.post("/query")
def query():
    question = request.json["question"]
    try:
        result = qa.run({"prompt": {"question": question, "documents": []}})
    except Exception:
        log.exception("qa pipeline failed")
        return jsonify({"error": "the assistant is unavailable"}), 503
    return jsonify({"answer": result["llm"]["replies"][0].text})
