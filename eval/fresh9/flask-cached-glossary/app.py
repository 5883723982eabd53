from flask import Flask

from config import Config
from glossary.llm_cache import cache
from glossary.routes import bp

app = Flask(__name__)
app.config.from_object(Config)
cache.init_app(app)
app.register_blueprint(bp)
