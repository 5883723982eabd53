"""Jupyter notebooks: the strings a person wrote or a run printed, with their places in the file.

A notebook is JSON, parsed with the JSON grammar so that every cell line keeps its byte span in
the `.ipynb` file. Code cells are joined into one Python program (cells share their variables),
with IPython magics and shell escapes blanked out byte for byte, and a byte map back to the file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.formats import ConfigValue, has_token, node_text

LANGUAGE = "notebook"
# Output payloads people can read; images and widget state are base64 noise.
_READABLE_MIME = re.compile(r"^(text/|application/json$)")
_MAGIC = re.compile(r"^\s*(%|!|\?)|\?\s*$")


@dataclass
class DecodedString:
    """A JSON string's value and, for each character, the byte offset it comes from."""

    node: ts.Node
    text: str
    offsets: list[int]

    @classmethod
    def of(cls, node: ts.Node) -> "DecodedString":
        chars: list[str] = []
        offsets: list[int] = []
        for child in node.named_children:
            raw = node_text(child)
            if child.type == "escape_sequence":
                try:
                    decoded = json.loads(f'"{raw}"')
                except ValueError:
                    decoded = raw
                chars.append(decoded)
                offsets.extend([child.start_byte] * len(decoded))
                continue
            byte = child.start_byte
            for ch in raw:
                chars.append(ch)
                offsets.append(byte)
                byte += len(ch.encode("utf-8", "surrogatepass"))
        return cls(node, "".join(chars), offsets)


@dataclass
class Cell:
    cell_type: str
    source: list[DecodedString] = field(default_factory=list)
    outputs: list[DecodedString] = field(default_factory=list)


def _member(obj: ts.Node, name: str) -> ts.Node | None:
    for pair in obj.named_children:
        if pair.type != "pair":
            continue
        key = pair.child_by_field_name("key")
        if key is not None and node_text(key) == f'"{name}"':
            return pair.child_by_field_name("value")
    return None


def _strings(node: ts.Node | None) -> list[DecodedString]:
    """A notebook text field: a string, or a list of strings (one per line)."""
    if node is None:
        return []
    if node.type == "string":
        return [DecodedString.of(node)]
    if node.type == "array":
        return [DecodedString.of(c) for c in node.named_children if c.type == "string"]
    return []


def _output_strings(output: ts.Node) -> list[DecodedString]:
    out = _strings(_member(output, "text")) + _strings(_member(output, "traceback"))
    out += _strings(_member(output, "evalue"))
    data = _member(output, "data")
    if data is not None and data.type == "object":
        for pair in data.named_children:
            key = pair.child_by_field_name("key") if pair.type == "pair" else None
            if key is not None and _READABLE_MIME.match(node_text(key).strip('"')):
                out += _strings(pair.child_by_field_name("value"))
    return out


def cells(tree: ts.Tree) -> list[Cell]:
    root = tree.root_node
    doc = next((c for c in root.named_children if c.type == "object"), None)
    cell_list = _member(doc, "cells") if doc is not None else None
    if cell_list is None or cell_list.type != "array":
        return []
    found = []
    for cell in cell_list.named_children:
        if cell.type != "object":
            continue
        kind = _member(cell, "cell_type")
        entry = Cell(node_text(kind).strip('"') if kind is not None else "code", _strings(_member(cell, "source")))
        outputs = _member(cell, "outputs")
        if outputs is not None and outputs.type == "array":
            for output in outputs.named_children:
                if output.type == "object":
                    entry.outputs += _output_strings(output)
        found.append(entry)
    return found


def values(data: bytes, tree: ts.Tree, language: str = LANGUAGE) -> Iterator[ConfigValue]:
    """Every readable string of the notebook as free text (the rule looks for keys in it)."""
    for cell in cells(tree):
        for part, strings in (("source", cell.source), ("output", cell.outputs)):
            for string in strings:
                if not has_token(string.node.text):
                    continue
                yield ConfigValue((cell.cell_type, part), string.text, string.node.start_byte,
                                  string.node.end_byte)


@dataclass
class PythonProgram:
    """The code cells as one Python source, and where each of its bytes sits in the notebook."""

    code: bytes
    byte_map: list[int]

    def to_file(self, byte: int) -> int:
        if not self.byte_map:
            return 0
        return self.byte_map[min(max(byte, 0), len(self.byte_map) - 1)]


def kernel_language(tree: ts.Tree) -> str:
    """The notebook's language (`metadata.language_info.name` or the kernelspec's); Python when
    the notebook does not say."""
    doc = next((c for c in tree.root_node.named_children if c.type == "object"), None)
    metadata = _member(doc, "metadata") if doc is not None else None
    for field, name in (("language_info", "name"), ("kernelspec", "language")):
        section = _member(metadata, field) if metadata is not None and metadata.type == "object" else None
        value = _member(section, name) if section is not None and section.type == "object" else None
        if value is not None and value.type == "string":
            return node_text(value).strip('"').lower()
    return "python"


def python_program(tree: ts.Tree) -> PythonProgram:
    """The code cells as one Python program (empty for an R or Julia notebook)."""
    chunks: list[bytes] = []
    byte_map: list[int] = []
    if kernel_language(tree) != "python":
        return PythonProgram(b"", [0])
    for cell in cells(tree):
        if cell.cell_type != "code" or not cell.source:
            continue
        text = blank_magics("".join(string.text for string in cell.source))
        offsets = [offset for string in cell.source for offset in string.offsets]
        for ch, byte in zip(text, offsets):
            encoded = ch.encode("utf-8", "surrogatepass")
            chunks.append(encoded)
            byte_map.extend([byte] * len(encoded))
        if not text.endswith("\n"):  # the last line of a cell has no newline of its own
            chunks.append(b"\n")
            byte_map.append(cell.source[-1].node.end_byte - 1)
    byte_map.append(byte_map[-1] if byte_map else 0)
    return PythonProgram(b"".join(chunks), byte_map)


def blank_magics(cell_source: str) -> str:
    """A code cell's source with IPython magics (`%pip`, `%%bash` cells), shell escapes (`!ls`)
    and help queries (`obj?`) replaced by spaces, so Python parses the rest and every offset
    still points at the same character. The language server can use it on open notebook cells."""
    lines = cell_source.split("\n")
    cell_magic = lines[0].lstrip().startswith("%%")
    return "\n".join(" " * len(line) if cell_magic or _MAGIC.search(line) else line for line in lines)
