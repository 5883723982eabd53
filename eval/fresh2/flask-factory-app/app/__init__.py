from flask import Flask

from app.config import Config


def create_app(config_class=Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_class)

    from app.routes import bp

    app.register_blueprint(bp)
    app.logger.info("loaded config for %s", app.config["ENV_NAME"])
    return app
