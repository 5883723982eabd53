from flask import Flask

from writer.views import bp

app = Flask(__name__)
app.register_blueprint(bp)
