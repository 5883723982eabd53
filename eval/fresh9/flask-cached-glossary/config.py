import os


class Config:
    SECRET_KEY = "aLLR4YOi020HiBQpCJkb0aHYJFzf6qSR"
    CACHE_TYPE = "SimpleCache"
    CACHE_DEFAULT_TIMEOUT = 600
    GLOSSARY_MODEL = "open-mistral-nemo"
    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "")
