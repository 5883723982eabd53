"""MK006 "Return a generic error": the user gets a fixed message, the log gets the exception.

The leaked text (`str(e)`, `err.message`, `traceback.format_exc()`, an upstream body) becomes a
fixed message where it sits, so the response keeps its status code and shape; inside an
f-string or template only the interpolation changes. When the `except`/`catch` block does not
log yet, a `logger.exception(...)` / `console.error(...)` line goes first in it.
"""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.finding import TextEdit
from mistral_keyguard.fixes.draft import Draft
from mistral_keyguard.fixes.headers import PythonHeader
from mistral_keyguard.fixes.leftovers import dead_locals, unused_callback_parameter, unused_imports
from mistral_keyguard.rules import error_leak
from mistral_keyguard.fixes.source import indent_of, per_document, python_literal, replace_interpolation, text
from mistral_keyguard.sinks import is_log_callee

GENERIC = "Internal error"
_TEXT_CALLS = frozenset({"str", "repr", "String", "JSON.stringify", "format", "ascii", "json.dumps"})
_LOGGER_BINDING = re.compile(rb"(?m)^(\w+)\s*=\s*(?:logging\.getLogger|getLogger|structlog\.get_logger|get_logger)\(")


def _widen(node: ts.Node) -> ts.Node:
    """From the exception (or its name) to the whole expression that turns it into text."""
    while node.parent is not None:
        parent = node.parent
        kind = parent.type
        if kind in ("attribute", "member_expression") and parent.child_by_field_name("object") == node:
            node = parent
        elif kind in ("subscript", "subscript_expression") and \
                (parent.child_by_field_name("value") or parent.child_by_field_name("object")) == node:
            node = parent
        elif kind in ("call", "call_expression") and parent.child_by_field_name("function") == node:
            node = parent
        elif kind in ("argument_list", "arguments") and parent.named_child_count == 1 and \
                parent.parent is not None and text(parent.parent.child_by_field_name("function")) in _TEXT_CALLS:
            node = parent.parent
        elif kind in ("await", "await_expression", "parenthesized_expression"):
            node = parent
        else:
            break
    return node


def _replacement(node: ts.Node, data: bytes, python: bool) -> TextEdit | None:
    parent = node.parent
    if parent is not None and parent.type in ("interpolation", "template_substitution"):
        return replace_interpolation(data, parent, GENERIC.lower())
    literal = python_literal(GENERIC, parent) if python else f'"{GENERIC}"'
    if literal is not None and node.type == "shorthand_property_identifier":
        literal = f"{text(node)}: {literal}"  # `{ detail }` keeps its key: `{ detail: "Internal error" }`
    return None if literal is None else TextEdit(node.start_byte, node.end_byte, literal)


def _exception_name(node: ts.Node) -> str | None:
    stack = [node]
    while stack:
        current = stack.pop(0)
        if current.type == "identifier":
            return text(current)
        stack.extend(current.named_children)
    return None


def _mentions(node: ts.Node, name: str) -> bool:
    if node.type == "identifier" and text(node) == name:
        return True
    return any(_mentions(child, name) for child in node.named_children)


def _neighbours(leak: ts.Node, name: str | None) -> list[ts.Node]:
    """Other values beside the leak that show the same exception: `{error: e.message, stack: e.stack}`,
    the other branch of `e instanceof Error ? e.message : String(e)`."""
    if name is None:
        return []
    out = []
    pair = leak.parent
    if pair is not None and pair.type == "pair" and pair.parent is not None:
        for other in pair.parent.named_children:
            value = other.child_by_field_name("value") if other.type == "pair" else None
            if other.id != pair.id and value is not None and _mentions(value, name):
                out.append(value)
    branch = leak.parent
    if branch is not None and branch.type in ("ternary_expression", "conditional_expression"):
        for other in branch.named_children[1:]:
            if other.id != leak.id and _mentions(other, name):
                out.append(other)
    return out


def _handler(node: ts.Node) -> ts.Node | None:
    while node is not None:
        if node.type in ("except_clause", "catch_clause"):
            return node
        if node.type in ("function_definition", "function_declaration", "method_definition"):
            return None
        node = node.parent
    return None


def _logs(block: ts.Node) -> bool:
    stack = [block]
    while stack:
        node = stack.pop()
        if node.type in ("call", "call_expression"):
            fn = node.child_by_field_name("function")
            if fn is not None and is_log_callee(fn):
                return True
        stack.extend(node.named_children)
    return False


def _log_edit(ctx, handler: ts.Node) -> list[TextEdit]:
    python = ctx.language == "python"
    block = handler.child_by_field_name("body") or next(
        (c for c in handler.named_children if c.type in ("block", "statement_block")), None)
    if block is None or _logs(block):
        return []
    data = ctx.source.data
    if python:
        first = block.named_children[0] if block.named_children else None
        if first is None or first.start_point.row == handler.start_point.row:
            return []  # `except E: return ...` on one line: leave the layout alone
        logger = _LOGGER_BINDING.search(data)
        edits = []
        if logger is not None:
            call = f'{logger.group(1).decode()}.exception("Mistral request failed")'
        else:
            header = per_document(ctx, "python-header", lambda: PythonHeader(ctx.root, data))
            if not header.imports_name("logging"):
                edits.append(header.import_edit("import logging"))
            call = 'logging.exception("Mistral request failed")'
        start = data.rfind(b"\n", 0, first.start_byte) + 1
        edits.append(TextEdit(start, start, indent_of(data, first.start_byte) + call + "\n"))
        return edits
    param = handler.child_by_field_name("parameter")
    first = block.named_children[0] if block.named_children else None
    if first is None or first.start_point.row == block.start_point.row:
        return []
    # The stack, not the error: an axios error's `config` holds the request headers, and logging it
    # whole would swap this leak for MK004's. `instanceof` narrows TypeScript's `unknown`.
    name = text(param) if param is not None and param.type == "identifier" else None
    arg = f'"Mistral request failed", {name} instanceof Error ? {name}.stack : String({name})' if name \
        else '"Mistral request failed"'
    start = data.rfind(b"\n", 0, first.start_byte) + 1
    return [TextEdit(start, start, indent_of(data, first.start_byte) + f"console.error({arg});\n")]


def _binding(handler: ts.Node) -> tuple[ts.Node, int] | None:
    """The exception's name in `except E as e` / `catch (e)`, and where its removal starts."""
    if handler.type == "catch_clause":
        param = handler.child_by_field_name("parameter")
        if param is None or param.type != "identifier":
            return None
        keyword = handler.children[0]  # `catch`: the cut runs from after it through `)`
        return param, keyword.end_byte
    pattern = next((c for c in handler.named_children if c.type == "as_pattern"), None)
    alias = pattern.child_by_field_name("alias") if pattern is not None else None
    if alias is None or not pattern.named_children:
        return None
    return alias, pattern.named_children[0].end_byte


def _unused_binding_edit(handler: ts.Node, edits: list[TextEdit]) -> list[TextEdit]:
    """`except Exception as e:` -> `except Exception:` (`catch (e) {` -> `catch {`) once the fix
    leaves the name unused, so linters have nothing new to say (F841, no-unused-vars)."""
    found = _binding(handler)
    if found is None:
        return []
    name, cut = found
    word = re.compile(rf"\b{re.escape(text(name))}\b")
    if any(word.search(e.new_text) for e in edits):
        return []
    body = handler.child_by_field_name("body") or handler.named_children[-1]
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type == "identifier" and text(node) == text(name) and \
                not any(e.start <= node.start_byte and node.end_byte <= e.end for e in edits):
            return []
        stack.extend(node.named_children)
    end = name.end_byte
    if handler.type == "catch_clause":
        closing = name.next_sibling
        while closing is not None and closing.type != ")":
            closing = closing.next_sibling
        if closing is None:
            return []
        end = closing.end_byte
    return [TextEdit(cut, end, "")]


def _leaks(ctx, finding) -> list[ts.Node]:
    """The leak of `finding`, widened, and every other MK006 leak in the same except/catch block:
    one fix answers the whole handler, so the exception name is unused only when nothing reads
    it any more (two fixes each seeing the other's use would leave `except E as e` behind)."""
    node = ctx.root.named_descendant_for_byte_range(finding.span.start.byte, finding.span.end.byte)
    if node is None:
        return []
    leak = _widen(node)
    handler = _handler(leak)
    if handler is None:
        return [leak]
    spans = per_document(ctx, "error-leaks", lambda: [(f.span.start.byte, f.span.end.byte) for f in error_leak.check(ctx)])
    others = (ctx.root.named_descendant_for_byte_range(start, end) for start, end in spans
              if handler.start_byte <= start and end <= handler.end_byte)
    leaks = [leak] + [_widen(other) for other in others if other is not None]
    return _outermost(leaks)


def _outermost(nodes: list[ts.Node]) -> list[ts.Node]:
    out: list[ts.Node] = []
    for node in sorted(nodes, key=lambda n: (n.start_byte, -n.end_byte)):
        if not out or node.start_byte >= out[-1].end_byte:
            out.append(node)
    return out


def generic_error(ctx, finding) -> Iterator[Draft]:
    if ctx.tree is None:
        return
    leaks = _leaks(ctx, finding)
    if not leaks or any(error_leak.analysis_for(ctx).hands_error_to_helper(leak) for leak in leaks):
        return  # the error handed whole to a helper that sends it: the fix belongs in the helper
    python = ctx.language == "python"
    data = ctx.source.data
    edits = []
    for leak in leaks:
        edits.append(_replacement(leak, data, python))
        edits += [_replacement(other, data, python) for other in _neighbours(leak, _exception_name(leak))
                  if not any(o.start_byte <= other.start_byte < o.end_byte for o in leaks)]
    if None in edits:
        return  # no quote is legal there (nested f-strings using both): left to the person
    edits = list(dict.fromkeys(edits))
    edits += dead_locals(ctx.flow, ctx.root, data, python, leaks, edits)
    handler = _handler(leaks[0])
    if handler is not None:
        edits = _log_edit(ctx, handler) + edits
        edits += _unused_binding_edit(handler, edits)
    elif not python:
        edits += unused_callback_parameter(leaks[0], edits)
    if python:
        edits += unused_imports(ctx.root, data, edits)
    yield Draft("generic-error", tuple(sorted(edits, key=lambda e: (e.start, e.end))))
