"""Helpers shared by the test suite (imported as `keyguard_testing`, never as `conftest`:
several conftest.py files exist and would shadow each other's module name)."""

import secrets
import string
from pathlib import Path

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
