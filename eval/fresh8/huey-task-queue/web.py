from flask import Flask, jsonify, request
from huey.exceptions import TaskException

from tasks import classify_ticket, huey

app = Flask(__name__)


@app.post("/tickets/<int:ticket_id>/classify")
def enqueue(ticket_id):
    res = classify_ticket(ticket_id, request.json["text"])
    return jsonify(id=res.id), 202


@app.get("/results/<task_id>")
def result(task_id):
    try:
        value = huey.result(task_id, preserve=True)
    except TaskException as exc:
        return jsonify(status="failed", error=exc.metadata.get("error")), 500
    return jsonify(status="done" if value is not None else "pending", category=value)
