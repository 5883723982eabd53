"""Build and task-runner scripts: Makefiles, justfiles, Jenkinsfiles, Earthfiles, shell scripts
and Procfiles. Variable
assignments (`MISTRAL_API_KEY ?= <key>`, just's `export NAME := "<key>"`, a Jenkins
`environment { MISTRAL_API_KEY = '<key>' }` entry, an Earthfile's `ENV NAME=<key>`), and every
other line that holds a token as free text (a recipe's or `sh` step's
`curl -H "Authorization: Bearer <key>"`).

Line readers, not parsers: none of these formats has a grammar we ship, and a key sits on one line.
"""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard.formats import ConfigValue, TOKEN_BYTES

MAKEFILE = "makefile"
JENKINSFILE = "jenkinsfile"
JUSTFILE = "justfile"
EARTHFILE = "earthfile"
SHELL = "shell"
LANGUAGES = (MAKEFILE, JENKINSFILE, JUSTFILE, EARTHFILE, SHELL)
_LINE = re.compile(rb"[^\r\n]+")
# `export NAME ?= value`, `NAME := value`, `NAME = 'value'`, `env.NAME = "value"` (Groovy),
# `ENV NAME=value` (a Dockerfile-like instruction; `ENV NAME value` is read as free text).
# Linear: the name class excludes blanks and every operator character.
_ASSIGNMENT = re.compile(
    rb"[ \t]*(?:(?:export|override|ENV|ARG|LET|SET)[ \t]+)?(?:env\.)?([A-Za-z_][\w.\-]*)[ \t]*(?:\?=|::=|:=|\+=|=)[ \t]*")
_QUOTES = "\"'"


def values(data: bytes, tree=None, language: str = MAKEFILE) -> Iterator[ConfigValue]:
    for line in _LINE.finditer(data):
        if not TOKEN_BYTES.search(line.group()):
            continue
        assignment = _ASSIGNMENT.match(data, line.start(), line.end())
        if assignment is None or data[assignment.end():assignment.end() + 1] == b"=":
            yield ConfigValue((), line.group().decode("utf-8", "replace"), line.start(), line.end())
            continue
        start = assignment.end()
        raw = data[start:line.end()].rstrip(b" \t")
        name = assignment.group(1).decode("utf-8", "replace")
        yield ConfigValue((name,), _unquoted(raw.decode("utf-8", "replace")), start, start + len(raw))


def _unquoted(text: str) -> str:
    """The value without its quotes and a trailing comment (`# …` in make, `// …` in Groovy)."""
    comment = re.search(r"[ \t](?:#|//)", text)
    text = text[: comment.start()].rstrip() if comment else text
    if len(text) >= 2 and text[0] == text[-1] and text[0] in _QUOTES:
        return text[1:-1]
    return text
