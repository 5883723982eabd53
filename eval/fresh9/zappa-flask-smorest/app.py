from flask import Flask
from flask_smorest import Api

from resources.keywords import blp

app = Flask(__name__)
app.config.update(API_TITLE="keywords", API_VERSION="v1", OPENAPI_VERSION="3.0.3", SECRET_KEY="qaDKPgycz9FTmbt0KtTyv8s0fcRJKXRM")
Api(app).register_blueprint(blp)
