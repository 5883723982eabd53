import httpx

from .settings import settings


def make_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.base_url,
        headers={"Authorization": f"Bearer {settings.mistral_api_key.get_secret_value()}"},
        timeout=30,
    )
