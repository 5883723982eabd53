import pytest


@pytest.fixture(autouse=True)
def mistral_env(monkeypatch):
    monkeypatch.setenv("MISTRAL_API_KEY", "3ufMuoOWaV17bIWaogASWV0Z7hDdkMy3")


@pytest.fixture
def offline_env(monkeypatch):
    monkeypatch.setenv("MISTRAL_API_KEY", "test-key-not-real")


@pytest.fixture
def vcr_config():
    return {"filter_headers": ["authorization"], "record_mode": "once"}
