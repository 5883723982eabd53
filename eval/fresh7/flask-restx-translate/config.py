class DevConfig:
    DEBUG = True
    SECRET_KEY = "8b62XV01V6HToJhMdaHqKzIXycn6ppPg"
    LLM_KEY = "y8AZnzR46lS0z45RuGpkIYVLZbjn8Lz4"
    LLM_BASE_URL = "https://api.mistral.ai/v1"
