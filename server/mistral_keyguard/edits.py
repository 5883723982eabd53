"""Edits the engine can describe without knowing who applies them (`check --fix`, the server).

`suppression_edit` builds the "ignore this rule on this line" edit in the file's own comment
syntax: it extends an existing `mistral-keyguard: ignore[...]` marker on the line, appends one at
the end of the line, or, when the line ends inside a string or template (where a comment would
become part of the text), puts the marker alone on the line above, which covers the next line.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from mistral_keyguard.document import SourceText
from mistral_keyguard.finding import TextEdit
from mistral_keyguard.suppression import comment_syntax

# Formats that cannot hold a comment: a suppression there needs a project-level ignore instead.
NO_COMMENTS = frozenset({"json"})
_MARKER = re.compile(r"mistral-keyguard:\s*ignore\[([A-Za-z0-9,\s]*)\]", re.IGNORECASE)
# Node types whose inside is text, not code: a comment appended there would change the value.
_TEXT_NODES = frozenset({"string", "string_content", "template_string", "string_fragment",
                         "jsx_text", "string_start", "string_end", "template_substitution"})


def supports_suppression(language: str | None) -> bool:
    return language is not None and language not in NO_COMMENTS


def suppression_marker(codes: list[str] | tuple[str, ...]) -> str:
    return f"mistral-keyguard: ignore[{','.join(codes)}]"


def suppression_edit(source: SourceText, language: str, line: int, code: str,
                     tree: ts.Tree | None = None) -> TextEdit | None:
    """The edit that suppresses `code` on `line`, or None when the format has no comments."""
    if not supports_suppression(language) or not 0 <= line < source.line_count:
        return None
    prefix = comment_syntax(language)
    existing = _existing_marker(source, line)
    if existing is not None:
        start, end, codes = existing
        if code in codes:
            return None
        return TextEdit(start, end, suppression_marker(codes + [code]))
    text = source.line_text(line)
    line_start = source.line_start(line)
    end_of_text = line_start + len(text.rstrip().encode("utf-8"))
    if tree is not None and _inside_text(tree, end_of_text):
        indent = text[: len(text) - len(text.lstrip())]
        return TextEdit(line_start, line_start, f"{indent}{prefix} {suppression_marker([code])}\n")
    line_end = line_start + len(text.encode("utf-8"))  # trailing blanks go: the marker ends the line
    return TextEdit(end_of_text, line_end, f"  {prefix} {suppression_marker([code])}")


def _existing_marker(source: SourceText, line: int) -> tuple[int, int, list[str]] | None:
    """The byte span and codes of a bracketed marker on the line, if there is one."""
    raw = source.line_bytes(line).decode("utf-8", "replace")
    match = _MARKER.search(raw)
    if not match:
        return None
    codes = [c.strip().upper() for c in match.group(1).split(",") if c.strip()]
    start = source.line_start(line) + len(raw[: match.start()].encode("utf-8"))
    end = source.line_start(line) + len(raw[: match.end()].encode("utf-8"))
    return start, end, codes


def _inside_text(tree: ts.Tree, byte: int) -> bool:
    """Whether the end of a line sits inside a string literal that continues on the next line."""
    if byte <= 0:
        return False
    node = tree.root_node.descendant_for_byte_range(byte - 1, byte)
    while node is not None:
        if node.type in _TEXT_NODES and node.end_byte > byte:
            return True
        if node.type == "comment":
            return False
        node = node.parent
    return False


def apply_edits(data: bytes, edits: list[TextEdit] | tuple[TextEdit, ...]) -> bytes:
    """Apply non-overlapping byte edits to one file's bytes (last edit first)."""
    out = data
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[: edit.start] + edit.new_text.encode("utf-8") + out[edit.end:]
    return out
