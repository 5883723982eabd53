import httpx
from django.conf import settings

mistral_http = httpx.Client(
    base_url="https://api.mistral.ai/v1",
    headers={"Authorization": f"Bearer {settings.MISTRAL_API_KEY}"},
    timeout=60,
)
