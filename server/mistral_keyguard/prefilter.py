"""Byte-level prefilters that cost little on files that cannot match (most of a tree).

Python's `re` tries every position of a file against every alternative of a pattern; a plain
substring test (`in`) runs at memory speed. So a rule's prefilter names the substrings that
every match of its pattern must contain, and the pattern runs only on files holding one.
"""

from __future__ import annotations

import re

from mistral_keyguard import keyshape

# Letters and digits map to "a", everything else to " ": a key-shaped token is then a run of 32
# "a", found by a substring test before any regular expression looks at the file.
_ALNUM_TO_A = bytes((0x61 if chr(b).isascii() and chr(b).isalnum() else 0x20) for b in range(256))
_RUN = b"a" * keyshape.KEY_LENGTH


class Anchored:
    """`pattern.search`, skipped when none of `anchors` (substrings every match contains) is there."""

    def __init__(self, pattern: re.Pattern[bytes], anchors: tuple[bytes, ...]):
        self.pattern = pattern
        self.anchors = anchors

    def search(self, data: bytes) -> re.Match[bytes] | None:
        if not any(anchor in data for anchor in self.anchors):
            return None
        return self.pattern.search(data)


def may_hold_token(data: bytes) -> bool:
    """Whether `data` has a run of 32 letters or digits (else it holds no key-shaped token)."""
    return _RUN in data.translate(_ALNUM_TO_A)


def holds_key(data: bytes) -> bool:
    """Whether a token of `data` passes the full key-shape check."""
    return may_hold_token(data) and any(keyshape.is_key(m.group().decode())
                                        for m in keyshape.EMBEDDED_BYTES.finditer(data))


def mentions_mistral(data: bytes) -> bool:
    """`(?i)mistral` on bytes (ASCII case folding), at memory speed."""
    return b"mistral" in data.lower()
