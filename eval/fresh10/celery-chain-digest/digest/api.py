import os

from celery.result import AsyncResult
from flask import Flask, jsonify, request

from digest.tasks import app as celery_app, digest_pipeline

api = Flask(__name__)


@api.post("/digest")
def start():
    res = digest_pipeline(request.json["url"], os.environ["MISTRAL_API_KEY"]).apply_async()
    return jsonify(id=res.id), 202


@api.get("/digest/<task_id>")
def status(task_id):
    res = AsyncResult(task_id, app=celery_app)
    if res.failed():
        return jsonify(state=res.state, error=str(res.result)), 502
    return jsonify(state=res.state, digest=res.result if res.successful() else None)
