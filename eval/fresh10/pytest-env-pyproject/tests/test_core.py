import os

import pytest

from tagger.core import tag


@pytest.mark.skipif(not os.getenv("MISTRAL_API_KEY"), reason="needs a key")
def test_tag_returns_list():
    assert isinstance(tag("My invoice is wrong"), list)
