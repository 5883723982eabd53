import os

import pytest
from mistralai import Mistral


@pytest.mark.skipif("MISTRAL_API_KEY" not in os.environ, reason="no key")
def test_models_list():
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    assert any(m.id.startswith("mistral") for m in client.models.list().data)
