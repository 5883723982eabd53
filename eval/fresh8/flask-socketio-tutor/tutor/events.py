from flask import request
from flask_socketio import emit

from . import socketio
from .limits import allowed
from .llm import stream_answer


@socketio.on("ask")
def on_ask(data):
    if not allowed(request.sid):
        emit("error", {"message": "slow down a little"})
        return
    try:
        for delta in stream_answer(data.get("question", "")):
            emit("delta", {"text": delta})
        emit("done")
    except Exception as exc:
        emit("error", {"message": str(exc)})
