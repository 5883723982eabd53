"""`.env` files (`.env`, `.env.local`, `prod.env`, `.envrc` ...): `NAME=value` lines, read the way
dotenv loaders read them (optional `export`, quotes, ` #` comments after unquoted values)."""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard.formats import ConfigValue

LANGUAGE = "dotenv"
# A line ends at LF, CRLF or a lone CR (dotenv loaders split on all three). Each line is matched
# on its own with an anchored, backtracking-free name pattern: the value is sliced, not matched,
# so a long line costs its length once.
_LINE = re.compile(rb"[^\r\n]+")
_NAME = re.compile(rb"[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*=[ \t]*")


def _value_span(raw: bytes) -> tuple[int, int]:
    """Start and end of the value inside the text after `=`: quotes kept, comments cut."""
    if raw[:1] in (b'"', b"'", b"`"):
        close = raw.find(raw[:1], 1)
        return (0, close + 1) if close > 0 else (0, len(raw))
    comment = re.search(rb"[ \t]#", raw)
    end = comment.start() if comment else len(raw)
    return 0, len(raw[:end].rstrip())


def _unquote(raw: str) -> str:
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'`":
        return raw[1:-1]
    return raw


def values(data: bytes, tree=None, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    for line in _LINE.finditer(data):
        name = _NAME.match(data, line.start(), line.end())
        if name is None:
            continue
        raw_start = name.end()
        raw = data[raw_start:line.end()].rstrip(b" \t")
        start, end = _value_span(raw)
        if start == end:
            continue
        text = data[raw_start + start:raw_start + end].decode("utf-8", "replace")
        yield ConfigValue((name.group(1).decode(),), _unquote(text), raw_start + start, raw_start + end)
