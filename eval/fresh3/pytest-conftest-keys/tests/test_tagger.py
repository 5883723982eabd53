import pytest

from doc_tagger import Tagger


@pytest.mark.live
def test_tags_live(live_client):
    assert Tagger(live_client).tags("invoice overdue")


def test_model_default(fake_env, live_client):
    assert Tagger(live_client).model == "ministral-8b-latest"
