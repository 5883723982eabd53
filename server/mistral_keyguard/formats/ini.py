"""INI and `.cfg` files (setup.cfg, tox.ini, app.ini): `[section]` headers and `name = value`
or `name: value` lines; `;` and `#` start comment lines."""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard.formats import ConfigValue

LANGUAGE = "ini"
_SECTION = re.compile(rb"^[ \t]*\[([^\]\r\n]+)\]")
_PAIR = re.compile(rb"^[ \t]*([^=:;#\[\s][^=:\r\n]*?)[ \t]*[=:][ \t]*(.*?)[ \t]*\r?$")


def values(data: bytes, tree=None, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    section: tuple[str, ...] = ()
    offset = 0
    for line in data.split(b"\n"):
        header = _SECTION.match(line)
        pair = None if header else _PAIR.match(line)
        if header:
            section = tuple(header.group(1).decode("utf-8", "replace").strip().split("."))
        elif pair and pair.group(2):
            raw = pair.group(2)
            comment = re.search(rb"[ \t][;#]", raw)
            raw = raw[: comment.start()] if comment else raw
            text = raw.decode("utf-8", "replace")
            if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
                text = text[1:-1]
            start = offset + pair.start(2)
            yield ConfigValue(section + (pair.group(1).decode("utf-8", "replace").strip(),), text,
                              start, start + len(raw))
        offset += len(line) + 1
