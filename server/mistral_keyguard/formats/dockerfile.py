"""Dockerfile: `ENV` and `ARG` values, labels, and shell commands read as free text."""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.formats import ConfigValue, has_token, node_text

LANGUAGE = "dockerfile"


def unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return re.sub(r"\\(.)", r"\1", text[1:-1]) if text[0] == '"' else text[1:-1]
    return text


def values(data: bytes, tree: ts.Tree, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    for _, caps in queries.matches(LANGUAGE, "committed-key-file", tree.root_node):
        if not has_token((caps.get("text") or caps["value"])[0].text):
            continue
        if "text" in caps:
            node = caps["text"][0]
            yield ConfigValue((node.type.removesuffix("_instruction").upper(),), node_text(node),
                              node.start_byte, node.end_byte)
            continue
        name, value = caps["name"][0], caps["value"][0]
        yield ConfigValue((unquote(node_text(name)),), unquote(node_text(value)),
                          value.start_byte, value.end_byte)

