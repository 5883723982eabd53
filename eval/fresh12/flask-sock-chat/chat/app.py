import json

from flask import Flask, render_template
from flask_sock import Sock

from .stream import stream_reply

app = Flask(__name__)
sock = Sock(app)


@app.get("/")
def index():
    return render_template("index.html")


@sock.route("/ws")
def chat(ws):
    history = []
    while True:
        history.append({"role": "user", "content": ws.receive()})
        try:
            full = ""
            for delta in stream_reply(history):
                full += delta
                ws.send(json.dumps({"delta": delta}))
            history.append({"role": "assistant", "content": full})
        except Exception as e:
            ws.send(json.dumps({"error": repr(e)}))
