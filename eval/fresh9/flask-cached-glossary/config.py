import os


class Config:
    SECRET_KEY = "ZvKV8dcIv8YBhbFpkGD7vNhsuJ4bumL8"
    CACHE_TYPE = "SimpleCache"
    CACHE_DEFAULT_TIMEOUT = 600
    GLOSSARY_MODEL = "open-mistral-nemo"
    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "")
