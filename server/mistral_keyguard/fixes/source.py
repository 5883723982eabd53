"""Syntax helpers shared by the fix builders: locating the literal, its statement, its line."""

from __future__ import annotations

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text
from mistral_keyguard.finding import TextEdit
from mistral_keyguard.languages import language_for_path

STRING_TYPES = ("string", "template_string")
STATEMENT_TYPES = ("expression_statement", "lexical_declaration", "variable_declaration",
                   "return_statement", "if_statement")


def node_for_span(root: ts.Node, start: int, end: int) -> ts.Node:
    """The smallest named node covering [start, end)."""
    node = root.named_descendant_for_byte_range(start, end)
    return node if node is not None else root


def enclosing(node: ts.Node | None, types) -> ts.Node | None:
    while node is not None and node.type not in types:
        node = node.parent
    return node


def exact_node(root: ts.Node, start: int, end: int) -> ts.Node | None:
    """The outermost node whose span is exactly [start, end)."""
    node = root.named_descendant_for_byte_range(start, end)
    if node is None or (node.start_byte, node.end_byte) != (start, end):
        return None
    while node.parent is not None and (node.parent.start_byte, node.parent.end_byte) == (start, end):
        node = node.parent
    return node


def in_comment(node: ts.Node | None) -> bool:
    return enclosing(node, ("comment",)) is not None


def statement_of(node: ts.Node) -> ts.Node | None:
    """The statement holding `node` (the child of a block or module)."""
    while node.parent is not None:
        if node.parent.type in ("module", "program", "block", "statement_block", "class_body"):
            return node
        node = node.parent
    return None


def line_bounds(data: bytes, start: int, end: int) -> tuple[int, int]:
    """The full lines [start, end) sits on, newline included."""
    line_start = data.rfind(b"\n", 0, start) + 1
    line_end = data.find(b"\n", end)
    return line_start, (len(data) if line_end == -1 else line_end + 1)


def alone_on_lines(data: bytes, node: ts.Node, trailing_comment: ts.Node | None = None) -> bool:
    start, end = line_bounds(data, node.start_byte, node.end_byte)
    stop = trailing_comment.end_byte if trailing_comment is not None else node.end_byte
    before = data[start:node.start_byte]
    after = data[stop:end]
    return not before.strip() and not after.strip().rstrip(b";")


def trailing_comment(node: ts.Node) -> ts.Node | None:
    sibling = node.next_sibling
    if sibling is not None and sibling.type == "comment" and sibling.start_point.row == node.end_point.row:
        return sibling
    return None


def indent_of(data: bytes, byte: int) -> str:
    start = data.rfind(b"\n", 0, byte) + 1
    line = data[start:byte]
    return line[: len(line) - len(line.lstrip())].decode("utf-8", "replace")


def identifiers(node: ts.Node | None):
    """Names read or bound under `node` (`{ detail }` reads `detail` too)."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if current.type in ("identifier", "shorthand_property_identifier"):
            yield current
        stack.extend(current.named_children)


def text(node: ts.Node | None) -> str:
    return node_text(node) if node is not None else ""


_BLOCKS = ("module", "program", "block", "statement_block", "class_body", "switch_case", "switch_default")


def is_embedded(ctx) -> bool:
    """A script inside an HTML/Vue/Svelte page, scanned as a same-length virtual text: a line
    that looks blank around a statement there may hold markup, so removals keep to the code."""
    return language_for_path(ctx.path) != ctx.language


def remove_statement_edit(data: bytes, node: ts.Node, python: bool, whole_lines: bool = True):
    """The edit that removes the statement holding `node` (an expression inside it).

    Whole lines go when the statement has them to itself; a Python block left empty gets `pass`;
    a JavaScript statement that is the body of an `if`/loop becomes `{}`; an expression that is
    not a statement of its own (an arrow body, a callback argument) becomes `undefined`/`None`."""
    stmt = node
    while stmt.parent is not None and stmt.parent.type in ("expression_statement", "await", "await_expression"):
        stmt = stmt.parent
    if stmt.type != "expression_statement":
        return TextEdit(node.start_byte, node.end_byte, "None" if python else "undefined")
    parent = stmt.parent
    if parent is None or parent.type not in _BLOCKS:
        return TextEdit(stmt.start_byte, stmt.end_byte, "pass" if python else "{}")
    siblings = [c for c in parent.named_children if c.type != "comment"]
    comment = trailing_comment(stmt)
    if python and len(siblings) == 1:
        return TextEdit(stmt.start_byte, (comment or stmt).end_byte, "pass")
    if whole_lines and alone_on_lines(data, stmt, comment):
        start, end = line_bounds(data, stmt.start_byte, (comment or stmt).end_byte)
        return TextEdit(start, _swallow_blank_line(data, start, end), "")
    end = stmt.end_byte
    if python and data[end:end + 1] == b";":
        end += 1
    return TextEdit(stmt.start_byte, end, "")


def _swallow_blank_line(data: bytes, start: int, end: int) -> int:
    """Where removing whole lines [start, end) should end: one blank line further when the
    removed lines sat between blank lines (or at the top), so no gap of extra blank lines stays."""
    before = data[:start].rstrip(b" \t")
    next_end = data.find(b"\n", end)
    if next_end == -1 or data[end:next_end].strip():
        return end
    if not before or before.endswith((b"\n\n", b"\n\r\n")):
        return next_end + 1
    return end


def replace_interpolation(data: bytes, interpolation: ts.Node, replacement: str):
    """Put plain text where an f-string/template interpolation was. A Python f-string left with
    no interpolation loses its `f` (and its `{{ }}` escapes), so linters see a plain string."""
    string = interpolation.parent
    if interpolation.type != "interpolation" or string is None or string.type != "string" or \
            sum(1 for c in string.named_children if c.type == "interpolation") != 1:
        return TextEdit(interpolation.start_byte, interpolation.end_byte, replacement)
    # Slices in bytes, the unit of node offsets; decoded only once cut (emoji before the `{`).
    raw = data[string.start_byte:string.end_byte]
    prefix_len = len(raw) - len(raw.lstrip(b"rRbBuUfF"))
    prefix = raw[:prefix_len].decode("ascii").replace("f", "").replace("F", "")
    start = interpolation.start_byte - string.start_byte
    end = interpolation.end_byte - string.start_byte
    unescape = lambda b: b.decode("utf-8", "replace").replace("{{", "{").replace("}}", "}")  # noqa: E731
    body = unescape(raw[prefix_len:start]) + replacement + unescape(raw[end:])
    return TextEdit(string.start_byte, string.end_byte, prefix + body)


def python_quote(node: ts.Node | None) -> str | None:
    """A quote for a new Python string literal placed inside `node` (or where it sits): before
    Python 3.12 an f-string's expression may not contain that f-string's own single quote
    character, however deep (a triple-quoted f-string allows the single one). None when every
    quote is taken."""
    taken = set()
    while node is not None:
        if node.type == "string" and node.children and node.children[0].type == "string_start":
            quote = text(node.children[0]).lstrip("rRbBuUfF")
            if len(quote) == 1:
                taken.add(quote)
        node = node.parent
    return next((q for q in ('"', "'") if q not in taken), None)


def python_literal(value: str, where: ts.Node) -> str | None:
    """`value` (no quotes or backslashes in it) as a Python string literal legal inside `where`."""
    quote = python_quote(where)
    return None if quote is None else quote + value + quote


def per_document(ctx, name: str, factory):
    """A value computed once per scanned document (fixes of many findings share it)."""
    cache = ctx.__dict__.setdefault("_fix_cache", {})
    if name not in cache:
        cache[name] = factory()
    return cache[name]
