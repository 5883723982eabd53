"""`.env` files (`.env`, `.env.local`, `prod.env`, `.envrc` ...): `NAME=value` lines, read the way
dotenv loaders read them (optional `export`, quotes, ` #` comments after unquoted values)."""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard.formats import ConfigValue

LANGUAGE = "dotenv"
_LINE = re.compile(rb"^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.\-]*)[ \t]*=[ \t]*(.*?)[ \t]*\r?$",
                   re.MULTILINE)


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
    for match in _LINE.finditer(data):
        raw = match.group(2)
        start, end = _value_span(raw)
        if start == end:
            continue
        value_start = match.start(2) + start
        text = data[value_start:match.start(2) + end].decode("utf-8", "replace")
        yield ConfigValue((match.group(1).decode(),), _unquote(text), value_start, match.start(2) + end)
