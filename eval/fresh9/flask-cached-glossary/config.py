import os


class Config:
    SECRET_KEY = "v0bXKBtxvpnF61EEQO8e7kggALoEgNxq"
    CACHE_TYPE = "SimpleCache"
    CACHE_DEFAULT_TIMEOUT = 600
    GLOSSARY_MODEL = "open-mistral-nemo"
    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "")
