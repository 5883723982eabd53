import random
import string

import pytest

from keyguard_testing import make_key
from mistral_keyguard import keyshape


def test_thousands_of_generated_keys_are_keys():
    rng = random.Random(20261128)
    keys = [make_key(rng) for _ in range(5000)]
    rejected = [keyshape.mask(k) for k in keys if not keyshape.is_key(k)]
    assert rejected == []


@pytest.mark.parametrize("value", [
    "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1d",          # 31 characters
    "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dEf",        # 33 characters
    "9f86d081884c7d659a2feaa0c55ad015",         # md5 hex digest
    "9F86D081884C7D659A2FEAA0C55AD015",         # upper-case hex
    "3F2504E04f8911D39A0C0305e82C3301",         # uuid without dashes, mixed-case hex
    "x" * 32,
    "your_api_key_here",
    "<MISTRAL_API_KEY>",
    "${MISTRAL_API_KEY}",
    "abcdefghijklmnopqrstuvwxyzABCDEF",         # sequential
    "Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab",         # repeated
    "YourMistralApiKeyGoesHere1234567",         # placeholder words
    "REPLACEwithYOURkey00000000000000",
    "aaaaaaaaaaaaaaaaBBBBBBBBBBBBBBB1",         # low entropy
    "abcdefghijklmnopqrstuvwxyzabcdef",         # no digits, no upper case
    "ABCD1234ABCD1234ABCD1234ABCD1234",
    "test-key-not-real",
])
def test_near_misses_are_not_keys(value):
    assert not keyshape.is_key(value)
    assert keyshape.find_keys(value) == []


def test_key_behind_placeholder_prefix_is_found(key):
    found = keyshape.find_keys(f"your_{key}")
    assert [m.key for m in found] == [key]
    assert found[0].offset == len("your_")
    assert [m.key for m in keyshape.find_keys(f"Bearer {key}")] == [key]


def test_mask_shows_at_most_first_and_last_four(key):
    masked = keyshape.mask(key)
    assert masked.startswith(key[:4]) and masked.endswith(key[-4:])
    assert key[4:-4] not in masked and len(masked) == 32


def test_redact_text_masks_every_key_shaped_token(key):
    other = make_key()
    text = f"a {key} b {other} c 9f86d081884c7d659a2feaa0c55ad015"
    redacted = keyshape.redact_text(text)
    assert key not in redacted and other not in redacted
    assert "9f86d081884c7d659a2feaa0c55ad015" in redacted  # a hash is not a key
