import secrets
import shutil
import string
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_EVAL = ROOT.parent / "shared" / "eval"

_ALPHABET = string.ascii_letters + string.digits


def make_key(rng=secrets) -> str:
    """A synthetic Mistral-shaped key: 32 random letters and digits, mixed case, with digits."""
    while True:
        key = "".join(rng.choice(_ALPHABET) for _ in range(32))
        if (any(c.isupper() for c in key) and any(c.islower() for c in key)
                and sum(c.isdigit() for c in key) >= 2):
            return key


@pytest.fixture
def key() -> str:
    return make_key()


@pytest.fixture(scope="session")
def fixture_copy(tmp_path_factory) -> Path:
    """The fixture tree copied outside the repository, so git does not call its files tracked."""
    target = tmp_path_factory.mktemp("fixtures") / "fixtures"
    shutil.copytree(FIXTURES, target)
    return target
