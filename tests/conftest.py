import os
import shutil
from pathlib import Path

import pytest

from keyguard_testing import FIXTURES, make_key


@pytest.fixture
def key() -> str:
    return make_key()


@pytest.fixture(scope="session")
def fixture_copy(tmp_path_factory) -> Path:
    """The fixture tree copied outside the repository, so git does not call its files tracked."""
    target = tmp_path_factory.mktemp("fixtures") / "fixtures"
    shutil.copytree(FIXTURES, target)
    return target


@pytest.fixture(scope="session", autouse=True)
def _cache_outside_home(tmp_path_factory) -> None:
    """`check` keeps its first pass cache in a folder of the session, not in the user's."""
    os.environ["MISTRAL_KEYGUARD_CACHE_DIR"] = str(tmp_path_factory.mktemp("keyguard-cache"))
