"""JSON (package.json, app.json, config/*.json, tsconfig-style JSON with comments)."""

from __future__ import annotations

import json
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.formats import ConfigValue, ancestors, flag_before, has_token, lazy, name_value_pair, node_text, vendor_hint

LANGUAGE = "json"


def decode_string(node: ts.Node) -> str:
    """The value of a JSON string node (escapes resolved; raw content if they are malformed)."""
    raw = node_text(node)
    try:
        value = json.loads(raw)
    except ValueError:
        return raw.strip('"')
    return value if isinstance(value, str) else raw


def path_of(node: ts.Node) -> tuple[str, ...]:
    names: list[str] = []
    for pair in ancestors(node):
        key = pair.child_by_field_name("key") if pair.type == "pair" else None
        if key is not None and pair.child_by_field_name("value") is not None:
            field = decode_string(key)
            siblings = lazy(lambda pair=pair: _sibling_strings(pair))
            innermost = not names
            names.append(name_value_pair(siblings, field) or field)
            hint = vendor_hint(siblings, field) if innermost else None
            if hint:
                names.append(hint)
    flag = flag_before(node, decode_string) if node.parent is not None and node.parent.type == "array" else None
    return tuple(reversed(names)) + ((flag,) if flag else ())


def _sibling_strings(pair: ts.Node) -> dict[str, str]:
    out: dict[str, str] = {}
    for sibling in pair.parent.named_children if pair.parent is not None else ():
        key, value = sibling.child_by_field_name("key"), sibling.child_by_field_name("value")
        if sibling.type == "pair" and key is not None and value is not None and value.type == "string":
            out[decode_string(key)] = decode_string(value)
    return out


def values(data: bytes, tree: ts.Tree, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    for _, caps in queries.matches(LANGUAGE, "committed-key-file", tree.root_node):
        node = caps["value"][0]
        if not has_token(node.text):
            continue
        yield ConfigValue(path_of(node), decode_string(node), node.start_byte, node.end_byte)
