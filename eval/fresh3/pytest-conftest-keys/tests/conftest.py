import pytest
from mistralai import Mistral

CSRF_SALT = "PpmaFzQWQkVEoZXQdaSfMjlwgsrSnmFV"


@pytest.fixture
def live_client() -> Mistral:
    return Mistral(api_key="RtmwiWLWxFIyoGulrMKEVgfpJKqXSmrE")


@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key-not-real")
