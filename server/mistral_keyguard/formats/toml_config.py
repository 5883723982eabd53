"""TOML (pyproject.toml, netlify.toml, .streamlit/secrets.toml, app settings)."""

from __future__ import annotations

import json
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.formats import ConfigValue, ancestors, flag_before, has_token, lazy, node_text, vendor_hint

LANGUAGE = "toml"
_KEY_TYPES = ("bare_key", "quoted_key", "dotted_key")


def key_parts(node: ts.Node) -> list[str]:
    if node.type == "dotted_key":
        return [part for child in node.named_children for part in key_parts(child)]
    text = node_text(node)
    if node.type == "quoted_key":
        return [text[1:-1]]
    return [text]


def string_text(node: ts.Node) -> str:
    raw = node_text(node)
    for quote in ('"""', "'''", '"', "'"):
        if raw.startswith(quote) and raw.endswith(quote) and len(raw) >= 2 * len(quote):
            body = raw[len(quote):-len(quote)]
            if quote == '"':
                try:
                    return json.loads(raw)
                except ValueError:
                    return body
            return body
    return raw


def _first_key(node: ts.Node) -> ts.Node | None:
    return next((c for c in node.named_children if c.type in _KEY_TYPES), None)


def path_of(node: ts.Node) -> tuple[str, ...]:
    names: list[str] = []
    for parent in ancestors(node):
        if parent.type in ("pair", "table", "table_array_element"):
            key = _first_key(parent)
            if key is not None:
                innermost = not names
                names[:0] = key_parts(key)
                # The table's other fields may say whose credential it is (`model = "codestral-latest"`).
                hint = vendor_hint(lazy(lambda pair=parent: _sibling_strings(pair)), names[-1]) \
                    if innermost and parent.type == "pair" else None
                if hint:
                    names.insert(len(names) - 1, hint)
    flag = flag_before(node, string_text) if node.parent is not None and node.parent.type == "array" else None
    return tuple(names) + ((flag,) if flag else ())


def _sibling_strings(pair: ts.Node) -> dict[str, str]:
    """The string fields beside `pair` in its table (or inline table), by their last key part."""
    out: dict[str, str] = {}
    for sibling in pair.parent.named_children if pair.parent is not None else ():
        key = _first_key(sibling) if sibling.type == "pair" else None
        value = sibling.named_children[-1] if key is not None else None
        if value is not None and value.type == "string":
            out[key_parts(key)[-1]] = string_text(value)
    return out


def values(data: bytes, tree: ts.Tree, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    for _, caps in queries.matches(LANGUAGE, "committed-key-file", tree.root_node):
        node = caps["value"][0]
        if not has_token(node.text):
            continue
        yield ConfigValue(path_of(node), string_text(node), node.start_byte, node.end_byte)
