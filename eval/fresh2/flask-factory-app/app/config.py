import os


class Config:
    ENV_NAME = os.environ.get("ENV_NAME", "dev")
    MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "HVFvJFluA8ISU313iW67IfABQWgUdip4")
    MISTRAL_MODEL = os.environ.get("MISTRAL_MODEL", "open-mistral-nemo")
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "2I3YX3iLzuiTYJYD9Ml3bdeDDtfXpUdL")
