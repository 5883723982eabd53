from flask import Flask, jsonify, request

from policy.index import query

app = Flask(__name__)


@app.post("/query")
def run_query():
    try:
        return jsonify(answer=query(request.json["q"]))
    except KeyError:
        return jsonify(error="missing q"), 400
    except Exception as e:
        return jsonify(error=f"query failed: {e}"), 500
