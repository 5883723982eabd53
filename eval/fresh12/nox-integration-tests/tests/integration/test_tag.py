from tagger.core import tag


def test_tag_returns_three():
    assert len(tag("A recipe for lemon tart")) == 3
