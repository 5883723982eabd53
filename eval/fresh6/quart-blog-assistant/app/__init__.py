import os

from quart import Quart

from .routes import bp


def create_app() -> Quart:
    app = Quart(__name__)
    app.secret_key = os.environ["QUART_SECRET_KEY"]
    app.register_blueprint(bp)
    return app
