"""YAML (docker-compose*.yml, CI workflows, app settings)."""

from __future__ import annotations

from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.formats import ConfigValue, ancestors, flag_before, has_token, lazy, name_value_pair, node_text, vendor_hint

LANGUAGE = "yaml"
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/", "r": "\r", "0": "\0"}


def scalar_text(node: ts.Node) -> str:
    """A scalar's value: quotes removed, the common escapes resolved, block indicators dropped."""
    while node.type in ("flow_node", "block_node") and node.named_child_count:
        node = node.named_children[0]
    raw = node_text(node)
    if node.type == "double_quote_scalar":
        body = raw[1:-1]
        out, i = [], 0
        while i < len(body):
            if body[i] == "\\" and i + 1 < len(body):
                out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
                i += 2
            else:
                out.append(body[i])
                i += 1
        return "".join(out)
    if node.type == "single_quote_scalar":
        return raw[1:-1].replace("''", "'")
    if node.type == "block_scalar":
        return "\n".join(line.strip() for line in raw.split("\n")[1:])
    return raw.strip()


def path_of(node: ts.Node) -> tuple[str, ...]:
    names = []
    item = node.parent if node.parent is not None and node.parent.type == "flow_node" else node
    if item.parent is not None and item.parent.type == "block_sequence_item":
        item = item.parent
    flag = flag_before(item, scalar_text) if item.parent is not None and "sequence" in item.parent.type else None
    if flag:
        names.append(flag)
    innermost = True
    for parent in ancestors(node):
        if parent.type in ("block_mapping_pair", "flow_pair"):
            key = parent.child_by_field_name("key")
            if key is not None:
                field = scalar_text(key)
                siblings = lazy(lambda parent=parent: _sibling_scalars(parent))
                names.append(name_value_pair(siblings, field) or field)
                hint = vendor_hint(siblings, field) if innermost else None
                if hint:
                    names.append(hint)
                innermost = False
    return tuple(reversed(names))


def _sibling_scalars(pair: ts.Node) -> dict[str, str]:
    mapping = pair.parent
    out: dict[str, str] = {}
    if mapping is None:
        return out
    for sibling in mapping.named_children:
        key, value = sibling.child_by_field_name("key"), sibling.child_by_field_name("value")
        if key is not None and value is not None and value.type == "flow_node":
            out[scalar_text(key)] = scalar_text(value)
    return out


def values(data: bytes, tree: ts.Tree, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    for _, caps in queries.matches(LANGUAGE, "committed-key-file", tree.root_node):
        node = caps["value"][0]
        if not has_token(node.text):
            continue
        yield ConfigValue(path_of(node), scalar_text(node), node.start_byte, node.end_byte)
