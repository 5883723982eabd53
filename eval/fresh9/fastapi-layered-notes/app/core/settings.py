import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    mistral_model: str = "mistral-small-latest"
    mistral_api_key: str = os.getenv("MISTRAL_API_KEY", "oK2i02AdsklZLQPmiw8pHNtWrt8mzknU")
    request_id_salt: str = "tLKAUvCc39nkRqp9aBk7jhtjV6JGTyhX"
    sentry_release: str = "5a7a2742fbf0bef6d6759cbb506ff5500105ed8b"


settings = Settings()
