import pytest
from fastapi.testclient import TestClient


@pytest.fixture(autouse=True)
def mistral_env(monkeypatch):
    monkeypatch.setenv("MISTRAL_API_KEY", "DxZvqYSUufXalBNj1t8VDZ0v4wpIw8BA")


@pytest.fixture
def client():
    from gateway.main import app
    return TestClient(app)
