"""INI and `.cfg` files (setup.cfg, tox.ini, app.ini): `[section]` headers and `name = value`
or `name: value` lines; `;` and `#` start comment lines."""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard.formats import ConfigValue

LANGUAGE = "ini"
_SECTION = re.compile(rb"^[ \t]*\[([^\]\r\n]+)\]")
# Greedy and free of backtracking: the name class excludes the separators (a lazy name followed
# by optional blanks took quadratic time on a long line without `=`).
_PAIR = re.compile(rb"[ \t]*([^=:;#\[\s][^=:\r\n]*)[=:]")
_LINE = re.compile(rb"[^\r\n]+")


def values(data: bytes, tree=None, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    section: tuple[str, ...] = ()
    for line in _LINE.finditer(data):
        header = _SECTION.match(line.group())
        if header:
            section = tuple(header.group(1).decode("utf-8", "replace").strip().split("."))
            continue
        pair = _PAIR.match(data, line.start(), line.end())
        if pair is None:
            continue
        rest = data[pair.end():line.end()]
        start = pair.end() + len(rest) - len(rest.lstrip(b" \t"))
        raw = data[start:line.end()].rstrip(b" \t")
        comment = re.search(rb"[ \t][;#]", raw)
        raw = raw[: comment.start()] if comment else raw
        if not raw:
            continue
        text = raw.decode("utf-8", "replace")
        if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
            text = text[1:-1]
        name = pair.group(1).decode("utf-8", "replace").strip()
        yield ConfigValue(section + (name,), text, start, start + len(raw))
