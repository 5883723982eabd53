import pytest

from grader.core import grade


@pytest.mark.vcr
def test_grade_in_range():
    assert 0 <= grade("Paris is the capital of France.", "Names the capital correctly.") <= 5


def test_env_is_set(offline_env):
    import os
    assert os.environ["MISTRAL_API_KEY"] == "test-key-not-real"
