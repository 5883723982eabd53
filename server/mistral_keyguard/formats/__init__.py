"""Readers for configuration formats: each turns a file into the named values it holds.

A reader knows a format's syntax (a tree-sitter grammar where one is published, a small line
reader for `.env` and INI) and nothing about keys; `rules/committed_key_file.py` decides which
values are Mistral keys. Every value comes with the names that lead to it
(`("services", "web", "environment", "MISTRAL_API_KEY")`) and its byte span in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import tree_sitter as ts


@dataclass(frozen=True)
class ConfigValue:
    """A scalar value in a configuration file, with the names it sits under."""

    path: tuple[str, ...]
    text: str  # the value as the program reading the file sees it (quotes and escapes removed)
    start: int  # byte span of the value in the file (quotes included)
    end: int

    @property
    def name(self) -> str:
        return self.path[-1] if self.path else ""


# A name right before a key-shaped token inside free text:
# `MISTRAL_API_KEY=<key>`, `api_key = "<key>"`, `--api-key <key>`, `"apiKey": "<key>"`.
# Linear: a name starts only where a word starts, and the separator has one way to match (the
# old `\s*(?:=|:|,|\s)\s*` split a run of blanks every possible way, quadratic on long lines).
_NAMED_TOKEN = re.compile(
    r"""(?<![\w.\-])-*([A-Za-z_][\w.\-]*)["']?(?:\s*[=:,]\s*|\s+)["'`]?(?:Bearer\s+)?([A-Za-z0-9]{32})(?![A-Za-z0-9])"""
)
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])")
# A 32-character token. Not its base64 form (a Kubernetes Secret's `data:`): a base64 value is
# not the key, and the labelling conventions (eval/README.md) count it as a negative.
TOKEN_BYTES = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])")


def has_token(raw: bytes | None) -> bool:
    """Whether a value's raw bytes may hold a key: a 32-character token (keys are letters and
    digits, which no format escapes, so a value without one in its raw text holds no key)."""
    return bool(raw and TOKEN_BYTES.search(raw))


def named_tokens(text: str) -> Iterator[tuple[str | None, str, int]]:
    """(name or None, token, offset) for each 32-character token in free text, with the name
    written right before it on the same line when there is one."""
    named: dict[int, str] = {}
    for match in _NAMED_TOKEN.finditer(text):
        named[match.start(2)] = match.group(1)
    for match in _TOKEN.finditer(text):
        yield named.get(match.start()), match.group(), match.start()


def node_text(node: ts.Node) -> str:
    return node.text.decode("utf-8", "replace")


def ancestors(node: ts.Node) -> Iterator[ts.Node]:
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


_FLAG = re.compile(r"^--?[A-Za-z][\w\-]*$")


def flag_before(item: ts.Node, text_of) -> str | None:
    """In an argument list (`["--api-key", "<key>"]`), the flag that names the item."""
    prev = item.prev_named_sibling
    while prev is not None and prev.type == "comment":
        prev = prev.prev_named_sibling
    if prev is None:
        return None
    text = text_of(prev)
    return text if _FLAG.match(text) else None


# `{name: MISTRAL_API_KEY, value: ...}`: Kubernetes `env:`, ECS task definitions, GitHub API payloads.
_NAME_FIELDS = ("name", "Name", "key", "Key")
_VALUE_FIELDS = ("value", "Value")


def name_value_pair(siblings, field: str) -> str | None:
    """The variable a `value` field belongs to, when its mapping also has a `name` field.
    `siblings` is called (it reads the whole mapping) only for a `value` field."""
    if field not in _VALUE_FIELDS:
        return None
    entries: dict[str, str] = siblings()
    return next((entries[n] for n in _NAME_FIELDS if entries.get(n)), None)


# Fields of a mapping that say which service its credentials belong to:
# `{"provider": "mistral", "apiKey": ...}` (Continue, LiteLLM), `{"apiBase": "https://api.mistral.ai"}`.
_VENDOR_FIELDS = ("provider", "vendor", "service", "platform", "apiBase", "api_base", "baseURL",
                  "base_url", "baseUrl", "endpoint", "url", "model", "host", "conn_host")


class VendorHint(str):
    """A name put into a value's path by `vendor_hint`: it says whose the value is, but no key of
    the file has it, so a message showing the path leaves it out."""


def vendor_hint(siblings, field: str) -> str | None:
    """The service a mapping's other fields name, to stand as the parent of `field`."""
    entries: dict[str, str] = siblings()
    hint = next((entries[f] for f in _VENDOR_FIELDS if f != field and 0 < len(entries.get(f) or "") < 200), None)
    return VendorHint(hint) if hint is not None else None


def lazy(compute):
    """`compute()` once, on first call."""
    box: list = []

    def get():
        if not box:
            box.append(compute())
        return box[0]

    return get
