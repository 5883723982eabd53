import os


class Config:
    DEBUG = os.environ.get("FLASK_DEBUG") == "1"
    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY")
    MISTRAL_MODEL = os.environ.get("MISTRAL_MODEL", "open-mistral-nemo")
    FEEDBACK_DB = os.environ.get("FEEDBACK_DB", "feedback.sqlite3")
