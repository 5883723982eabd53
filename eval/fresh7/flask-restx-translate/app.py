from flask import Flask
from flask_restx import Api

from api.ns_translate import ns
from config import DevConfig

app = Flask(__name__)
app.config.from_object(DevConfig)
api = Api(app)
api.add_namespace(ns)
