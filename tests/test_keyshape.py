import random
import string

import pytest

from keyguard_testing import make_key
from mistral_keyguard import keyshape
from mistral_keyguard.prefilter import holds_key, holds_key_literal


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


def test_digit_free_random_keys_count_only_with_strong_context():
    rng = random.Random(20261207)
    keys = []
    while len(keys) < 2000:
        value = "".join(rng.choice(string.ascii_letters) for _ in range(32))
        if any(c.isupper() for c in value) and any(c.islower() for c in value):
            keys.append(value)
    assert not any(keyshape.is_key(k) for k in keys)
    accepted = sum(keyshape.is_key(k, strong=True) for k in keys)
    assert accepted >= 0.99 * len(keys)


@pytest.mark.parametrize("value", [
    "PleaseSetTheEnvironmentVariables",   # CamelCase words
    "ThisIsTheMistralKeyForTheProject",
    "abcdefghijklmnopqrstuvwxyzABCDEF",
])
def test_digit_free_words_are_not_keys_even_in_strong_context(value):
    assert not keyshape.is_key(value, strong=True)


@pytest.mark.parametrize("template", [
    "https://hooks.example.com/services/T024BE7LD/{key}/incoming",   # URL path segment
    "https://share.example.com/c/{key}",
    "data:image/png;base64,9Prv+dmwRvSl+{key}/Tg+T6R5jfa6srF80",     # base64 blob
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.Qw-{key}-Zx_9kLm.sig",     # inside a JWT segment
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.{key}",  # a JWT's last segment
    "lsk_{key}", "phc_{key}", "tvly-{key}", "cdnk_{key}",            # another vendor's prefix
])
def test_a_run_inside_a_longer_token_is_not_a_key(template, key):
    assert keyshape.find_keys(template.format(key=key)) == []


@pytest.mark.parametrize("template", [
    "Bearer {key}", "MISTRAL_API_KEY={key}", "your_{key}", "api_key: {key}", "?key={key}&x=1",
])
def test_a_key_behind_a_separator_is_still_a_key(template, key):
    assert [m.key for m in keyshape.find_keys(template.format(key=key))] == [key]


_WORDS = ["Conversation", "Request", "Response", "Workflow", "Execution", "Library", "Document", "Status",
          "Realtime", "Options", "Typed", "Stream", "Update", "Model", "Event", "Agent", "Completion"]


def _type_name(rng: random.Random) -> str:
    """A 32-character CamelCase type name with a version digit, as generated SDKs write them."""
    while True:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 5))]
        words.insert(rng.randint(1, len(words)), rng.choice(["V1", "V2", "2"]))
        name = "".join(words)
        if len(name) == 32 and keyshape.is_key(name):
            return name


def test_type_names_read_as_words_and_keys_almost_never_do():
    rng = random.Random(20261207)
    names = [_type_name(rng) for _ in range(200)]
    assert all(keyshape.reads_as_words(name) for name in names)
    keys = [make_key(rng) for _ in range(20000)]
    wordy = sum(keyshape.reads_as_words(key) for key in keys)
    assert wordy < 40, wordy  # about 1 in 1,000


def test_the_project_view_takes_a_key_literal_and_not_a_type_name():
    rng = random.Random(7)
    module = f"class {_type_name(rng)}(BaseModel):\n    pass\n".encode()
    assert holds_key(module) and not holds_key_literal(module)
    assert holds_key_literal(module + f'\nAPI_KEY = "{make_key(rng)}"\n'.encode())
