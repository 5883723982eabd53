import os

from flask import Flask, jsonify, request
from redis import Redis
from rq import Queue
from rq.job import Job

from jobs import write_report

app = Flask(__name__)
redis = Redis.from_url(os.environ["REDIS_URL"])
queue = Queue("reports", connection=redis)


@app.post("/reports")
def create():
    job = queue.enqueue(write_report, request.json["rows"])
    return jsonify({"id": job.id}), 202


@app.get("/reports/<job_id>")
def status(job_id: str):
    job = Job.fetch(job_id, connection=redis)
    if job.is_failed:
        return jsonify({"status": "failed", "error": job.exc_info}), 500
    return jsonify({"status": job.get_status(), "report": job.result})


@app.get("/healthz")
def health():
    try:
        redis.ping()
    except Exception as e:
        return jsonify({"ok": False, "error": str(e)}), 503
    return jsonify({"ok": True})
