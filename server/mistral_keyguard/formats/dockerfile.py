"""Dockerfile: `ENV` and `ARG` values, labels, and shell commands read as free text."""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.formats import ConfigValue, has_token, node_text
from mistral_keyguard.languages import register_file_matcher, register_grammar

LANGUAGE = "dockerfile"


def _load():
    import tree_sitter_dockerfile

    language = tree_sitter_dockerfile.language()
    # tree-sitter-dockerfile 0.2 hands out a bare pointer, which py-tree-sitter 0.25+ accepts only
    # with a DeprecationWarning; wrap it in the capsule newer grammars return.
    return _capsule(language) if isinstance(language, int) else language


def _capsule(pointer: int):
    import ctypes

    new = ctypes.pythonapi.PyCapsule_New
    new.restype = ctypes.py_object
    new.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p)
    return new(pointer, b"tree_sitter.Language", None)


def is_dockerfile(name: str) -> bool:
    lower = name.lower()
    return (lower in ("dockerfile", "containerfile") or lower.startswith(("dockerfile.", "containerfile."))
            or lower.endswith(".dockerfile"))


def register() -> None:
    register_grammar(LANGUAGE, _load)
    register_file_matcher(is_dockerfile, LANGUAGE)


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

