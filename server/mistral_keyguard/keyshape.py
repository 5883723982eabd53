"""What a Mistral API key looks like: 32 random letters and digits, no prefix.

Because the shape alone matches hashes, ids and placeholders, the value checks here reject
everything that is not random enough to be a key; syntax context is decided by the rules.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass

KEY_LENGTH = 32
_EXACT = re.compile(r"[A-Za-z0-9]{32}")
# A 32-character token inside a longer string: "Bearer <key>", "your_<key>".
_EMBEDDED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])")
# Bytes-level cheap test used by the prefilter.
EMBEDDED_BYTES = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])")
_HEX = re.compile(r"[0-9a-fA-F]+")

# Words that mark a value as a placeholder. Long words match in any case; short ones only in a
# consistent case, so that a random key that happens to contain "TeSt" is not thrown away.
_PLACEHOLDER_LONG = (
    "placeholder", "example", "changeme", "insert", "replace", "redacted", "dummy",
    "sample", "apikey", "secret", "mistral", "yourkey", "notreal", "xxxxx",
)
_PLACEHOLDER_SHORT = ("your", "test", "fake", "here", "todo", "key")
_PLACEHOLDER_SHORT_RE = re.compile(
    "|".join(f"{w}|{w.upper()}|{w.capitalize()}" for w in _PLACEHOLDER_SHORT)
)
# Random 32-character strings over 62 symbols have 4.2 to 4.9 bits per symbol; anything below
# this is a pattern someone typed.
_MIN_ENTROPY = 3.6
_MIN_DISTINCT = 14


def shannon_entropy(value: str) -> float:
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _is_sequential(value: str) -> bool:
    steps = sum(1 for a, b in zip(value, value[1:]) if abs(ord(b) - ord(a)) == 1)
    return steps >= len(value) // 3


def _is_repeated(value: str) -> bool:
    for period in range(1, len(value) // 2 + 1):
        unit = value[:period]
        if (unit * (len(value) // period + 1))[: len(value)] == value:
            return True
    return False


def _is_placeholder(value: str) -> bool:
    lower = value.lower()
    if any(word in lower for word in _PLACEHOLDER_LONG):
        return True
    # A short word only counts when it stands next to another word-like run in the same case,
    # as in "yourApiKeyHere"; this keeps random keys that contain "Key" by chance.
    return len(_PLACEHOLDER_SHORT_RE.findall(value)) >= 2


def is_key(value: str, strong: bool = False) -> bool:
    """True when `value` as a whole is shaped like a Mistral API key.

    About 1 random key in 280 has no digit. Such a value counts only with `strong` context (the
    caller saw it passed to a Mistral client, bound to a Mistral-named variable, or defaulting
    the Mistral env variable), and then only when its case is mixed like random text, not like
    CamelCase words."""
    if len(value) != KEY_LENGTH or not _EXACT.fullmatch(value):
        return False
    if not (any(c.isupper() for c in value) and any(c.islower() for c in value)):
        return False
    if not any(c.isdigit() for c in value) and not (strong and _random_letters(value)):
        return False
    if _HEX.fullmatch(value):
        return False
    if len(set(value)) < _MIN_DISTINCT or shannon_entropy(value) < _MIN_ENTROPY:
        return False
    if _is_repeated(value) or _is_sequential(value):
        return False
    return not _is_placeholder(value)


_LOWER_RUN = re.compile(r"[a-z]+")
# Lower-case runs of CamelCase words average 4 letters or more (`Conversation`, `Request`); in a
# random key they average under 2, and only about 1 key in 1,000 reaches this.
_WORDY_RUN = 4.0


def reads_as_words(value: str) -> bool:
    """Whether a key-shaped token reads as CamelCase words (a type name), not random text."""
    runs = _LOWER_RUN.findall(value)
    return bool(runs) and sum(map(len, runs)) / len(runs) >= _WORDY_RUN


def _random_letters(value: str) -> bool:
    """Random letters are about half upper case; words in CamelCase are mostly lower case."""
    upper = sum(c.isupper() for c in value)
    return 6 <= upper <= 26 and shannon_entropy(value) >= 4.0


# Characters that join a 32-character run to a longer token: URL paths and base64 blobs (`/`, `+`),
# and JWT segments or ids (`.`, `-`, `_` with more of the token on both sides).
_PATH_OR_BASE64 = "/+"
_JOINERS = ".-_"
# A vendor's prefix in front of its key (`lsk_`, `phc_`, `tvly-`): a Mistral key has none.
_VENDOR_PREFIX = re.compile(r"(?<![A-Za-z0-9_\-])([a-z]{2,5})[_-]$")
_NOT_VENDORS = frozenset({"your", "my", "the", "old", "new", "key"})
_TOKEN_TAIL = re.compile(r"[A-Za-z0-9._\-]*$")
_TOKEN_HEAD = re.compile(r"[A-Za-z0-9._\-]*")
_LONG_SIDE = 12  # more token than a short prefix such as `your_` on that side


def in_longer_token(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is only a slice of a longer token: a URL path segment, part of
    a base64 blob or a JWT, or a value behind a vendor's prefix."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and before in _PATH_OR_BASE64 or after and after in _PATH_OR_BASE64:
        return True
    if before and before in _JOINERS and after and after in _JOINERS and \
            start > 1 and text[start - 2].isalnum() and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    if before and before in _JOINERS and \
            len(_TOKEN_TAIL.search(text, max(0, start - 1 - _LONG_SIDE), start - 1).group()) >= _LONG_SIDE:
        return True  # the last segment of a JWT, a hyphenated id
    if after and after in _JOINERS and \
            len(_TOKEN_HEAD.match(text, end + 1, end + 1 + _LONG_SIDE).group()) >= _LONG_SIDE:
        return True
    prefix = _VENDOR_PREFIX.search(text, 0, start)
    return prefix is not None and prefix.group(1) not in _NOT_VENDORS


@dataclass(frozen=True)
class KeyMatch:
    """A key found inside a string value: where it starts in the value, and the key."""

    offset: int
    key: str


def find_keys(value: str, strong: bool = False) -> list[KeyMatch]:
    """Keys in a string seen in a Mistral context: the whole value, or a 32-character token
    inside it (`Bearer <key>`, `your_<key>`) that is not a slice of a longer token."""
    if is_key(value, strong):
        return [KeyMatch(0, value)]
    return [KeyMatch(m.start(), m.group()) for m in _EMBEDDED.finditer(value)
            if is_key(m.group(), strong) and not in_longer_token(value, m.start(), m.end())]


def mask(key: str) -> str:
    """The only form in which a detected key may be shown: first and last four characters."""
    if len(key) <= 8:
        return "*" * len(key)
    return f"{key[:4]}{'*' * (len(key) - 8)}{key[-4:]}"


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def redact_text(text: str, keys: set[str] | frozenset[str] = frozenset()) -> str:
    """Mask every key-shaped token and every known key in free text before it is shown."""
    for key in keys:
        text = text.replace(key, mask(key))
    return _EMBEDDED.sub(lambda m: mask(m.group()) if is_key(m.group()) else m.group(), text)


# Any standalone run of 32 letters and digits that is not a hash: what `redact_loose` masks.
_TOKEN_32 = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])")


def redact_loose(text: str) -> str:
    """`redact_text`, and also every 32-character letters-and-digits token that is not plain hex.

    For text that echoes user input (notes, settings errors, file names): an upper-cased or
    otherwise mangled key no longer passes `is_key`, but must not be shown either."""
    text = redact_text(text)
    return _TOKEN_32.sub(lambda m: m.group() if _HEX.fullmatch(m.group()) else mask(m.group()), text)


def printable(text: str) -> str:
    """`text` safe to write to a UTF-8 stream: a file name's undecodable bytes (held as lone
    surrogates by `os.fsdecode`) become U+FFFD."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")
