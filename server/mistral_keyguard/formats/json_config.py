"""JSON (package.json, app.json, config/*.json, tsconfig-style JSON with comments)."""

from __future__ import annotations

import json
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.formats import ConfigValue, ancestors, flag_before, node_text
from mistral_keyguard.languages import register_grammar

LANGUAGE = "json"


def _load():
    import tree_sitter_json

    return tree_sitter_json.language()


def register() -> None:
    register_grammar(LANGUAGE, _load, (".json", ".jsonc", ".json5"))


def decode_string(node: ts.Node) -> str:
    """The value of a JSON string node (escapes resolved; raw content if they are malformed)."""
    raw = node_text(node)
    try:
        value = json.loads(raw)
    except ValueError:
        return raw.strip('"')
    return value if isinstance(value, str) else raw


def path_of(node: ts.Node) -> tuple[str, ...]:
    names = [decode_string(a.child_by_field_name("key")) for a in ancestors(node)
             if a.type == "pair" and a.child_by_field_name("key") is not None
             and a.child_by_field_name("value") is not None]
    flag = flag_before(node, decode_string) if node.parent is not None and node.parent.type == "array" else None
    return tuple(reversed(names)) + ((flag,) if flag else ())


def values(data: bytes, tree: ts.Tree, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    for _, caps in queries.matches(LANGUAGE, "committed-key-file", tree.root_node):
        node = caps["value"][0]
        yield ConfigValue(path_of(node), decode_string(node), node.start_byte, node.end_byte)
