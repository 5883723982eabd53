import logging
import traceback

from flask import Flask, Response, request, stream_with_context

from proxy.debug import enable_wire_debug
from proxy.upstream import stream_chat

app = Flask(__name__)
log = logging.getLogger("proxy")
enable_wire_debug()


@app.before_request
def log_incoming():
    log.info("incoming %s %s headers=%s", request.method, request.path, dict(request.headers))


@app.post("/v1/chat")
def chat():
    messages = request.get_json()["messages"]

    def generate():
        try:
            yield from stream_chat(messages)
        except Exception:
            log.exception("upstream stream failed")
            yield "data: " + traceback.format_exc() + "\n\n"

    return Response(stream_with_context(generate()), mimetype="text/event-stream")


@app.after_request
def log_outgoing(resp):
    log.info("%s -> %s (%s)", request.path, resp.status_code, dict(resp.headers).get("Content-Type"))
    return resp
