import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    mistral_model: str = "mistral-small-latest"
    mistral_api_key: str = os.getenv("MISTRAL_API_KEY", "KBUlHmiAotgbAOVl272fc2rrrPMOJH4c")
    request_id_salt: str = "o3Qyjn6sJEomuccttA5j5jslVNDVhXOZ"
    sentry_release: str = "98f31241fc73be761428eabe9d219ed7990c43e6"


settings = Settings()
