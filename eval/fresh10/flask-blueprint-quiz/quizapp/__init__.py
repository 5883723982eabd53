import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET", "dev")
    app.config["MISTRAL_API_KEY"] = os.environ["MISTRAL_API_KEY"]
    app.config["QUIZ_MODEL"] = "open-mistral-nemo"
    from quizapp.quiz.routes import bp as quiz_bp
    from quizapp.admin import bp as admin_bp
    app.register_blueprint(quiz_bp)
    app.register_blueprint(admin_bp)
    return app
