import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET_KEY", "dyiCKYt995mSGj9GOu0bipqRmnNKaNp8")
    from app.rewrite.routes import bp

    app.register_blueprint(bp)
    return app
