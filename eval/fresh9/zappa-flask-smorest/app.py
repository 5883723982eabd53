from flask import Flask
from flask_smorest import Api

from resources.keywords import blp

app = Flask(__name__)
app.config.update(API_TITLE="keywords", API_VERSION="v1", OPENAPI_VERSION="3.0.3", SECRET_KEY="rJHvmjNoEECdK11v1eIWcq4vg7sbsvHq")
Api(app).register_blueprint(blp)
