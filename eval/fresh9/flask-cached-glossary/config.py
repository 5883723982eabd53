import os


class Config:
    SECRET_KEY = "1zFDdwzqmHAwm5lrsLIxW87GmhViTjxX"
    CACHE_TYPE = "SimpleCache"
    CACHE_DEFAULT_TIMEOUT = 600
    GLOSSARY_MODEL = "open-mistral-nemo"
    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "")
