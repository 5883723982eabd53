from flask import Flask
from flask_socketio import SocketIO

socketio = SocketIO(cors_allowed_origins="*")


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "xMClBT1AuPtgOhQcvAslJ2UXmindc5tE"
    from . import events  # noqa: F401  registers the socket handlers
    socketio.init_app(app)
    return app
