from flask import Flask

from .config import Config
from .routes.chat import chat_bp
from .routes.feedback import feedback_bp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(Config)
    app.logger.info("loaded config: %s", dict(app.config))
    app.logger.info("debug=%s", app.config["DEBUG"])
    app.register_blueprint(chat_bp)
    app.register_blueprint(feedback_bp)
    return app
