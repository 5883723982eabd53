"""Anchored prefilters answer exactly as their patterns do, on every fixture and on edge cases."""

from __future__ import annotations

import random
import re

import pytest

from keyguard_testing import FIXTURES, make_key
from mistral_keyguard import keyshape
from mistral_keyguard.prefilter import Anchored, holds_key, may_hold_token, mentions_mistral
from mistral_keyguard.rules import error_leak, header_logging, key_logging

ANCHORED = [header_logging.PREFILTER, key_logging.PREFILTER, error_leak.PREFILTER]
EDGES = [b"", b"x.headers)", b"x.header()", b"os.environ )", b"process.env,", b"self._llm", b"LLM }",
         b"MISTRAL", b"Mistral", b"mIstral", b"META,", b"api-key", b"headers", b"environment", b"llm"]


def samples() -> list[bytes]:
    files = [p.read_bytes() for p in FIXTURES.rglob("*") if p.is_file()]
    return files + EDGES


@pytest.mark.parametrize("prefilter", ANCHORED, ids=lambda p: p.pattern.pattern[:30].decode())
def test_anchors_never_change_the_answer(prefilter: Anchored):
    for data in samples():
        assert bool(prefilter.search(data)) == bool(prefilter.pattern.search(data)), data[:80]


def test_mistral_word_in_any_case():
    for data in samples():
        assert mentions_mistral(data) == bool(re.search(rb"(?i)mistral", data))


def test_key_tokens_found_by_the_run_test():
    rng = random.Random(14)
    key = make_key(rng)
    assert holds_key(f'x = "{key}"'.encode())
    assert holds_key(f"Bearer {key}\n".encode())
    assert not holds_key(f'x = "{key}X"'.encode())  # 33 characters: not a token
    assert not holds_key(b'h = "' + b"%032x" % rng.getrandbits(128) + b'"')  # a hex digest
    for data in samples():
        tokens = [m.group().decode() for m in keyshape.EMBEDDED_BYTES.finditer(data)]
        assert may_hold_token(data) or not tokens
        assert holds_key(data) == any(keyshape.is_key(t) for t in tokens)
