import os


class Config:
    SECRET_KEY = "tDBn7Q7L9OqO5CLr6tJSoIjrJzG4kf6j"
    CACHE_TYPE = "SimpleCache"
    CACHE_DEFAULT_TIMEOUT = 600
    GLOSSARY_MODEL = "open-mistral-nemo"
    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "")
