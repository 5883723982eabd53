"""MK004 and MK005 fixes: what a log call writes, minus the credentials.

MK005 "Remove the key from this log" replaces each written part that shows the key with the
text `[redacted]` (inside an f-string or template, the interpolation itself). MK004 "Redact
credentials before logging" writes a copy of the headers (or of the options around them) with
credential headers replaced by "[redacted]", inline, without new imports. "Remove this log
statement" deletes the call, and is the one fix for `HTTPConnection.debuglevel = 1`.
"""

from __future__ import annotations

from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.finding import TextEdit
from mistral_keyguard.fixes.draft import Draft
from mistral_keyguard.fixes.leftovers import dead_locals, unused_imports
from mistral_keyguard.fixes.source import (
    is_embedded, per_document, python_literal, python_quote, remove_statement_edit, replace_interpolation, text,
)
from mistral_keyguard.holdings import Holdings
from mistral_keyguard.sinks import PASS_METHODS, PASS_THROUGH, call_args, written_parts

REDACTED = "[redacted]"
# Header names (or Django META keys) holding credentials contain one of these words.
_CREDENTIAL_WORDS = ("authorization", "cookie", "api-key", "api_key", "token")
_PY_WORDS = "(" + ", ".join(f'"{w}"' for w in _CREDENTIAL_WORDS) + ")"
_JS_HEADER_RE = "/authorization|cookie|api[-_]key|token/i"


def _log_call(ctx, finding) -> ts.Node | None:
    """The log call a finding points at; for `debuglevel = 1`, the expression statement."""
    start, end = finding.span.start.byte, finding.span.end.byte
    smallest = ctx.root.named_descendant_for_byte_range(start, end)
    node = smallest
    while node is not None and node.type not in ("call", "call_expression"):
        node = node.parent
    if node is not None:
        return node
    while smallest is not None and smallest.type != "expression_statement":
        smallest = smallest.parent
    return smallest


def _holdings(ctx) -> Holdings:
    return per_document(ctx, "holdings", lambda: Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral))


def _distinct(parts: list[ts.Node]) -> list[ts.Node]:
    """Parts with nested duplicates removed (an outer replacement covers an inner one)."""
    out: list[ts.Node] = []
    for part in sorted(parts, key=lambda n: (n.start_byte, -n.end_byte)):
        if out and out[-1].start_byte <= part.start_byte and part.end_byte <= out[-1].end_byte:
            continue
        out.append(part)
    return out


# -- MK005 -------------------------------------------------------------------------------------


def _shown_expression(part: ts.Node, call: ts.Node) -> ts.Node:
    """Widen a part to the expression that shows it: `dict(os.environ)`, `key.strip()`, `key[:20]`."""
    node = part
    while node.parent is not None and node.parent.id != call.id:
        parent = node.parent
        if parent.type in ("argument_list", "arguments") and parent.parent is not None and \
                parent.parent.id != call.id:
            fn = parent.parent.child_by_field_name("function")
            if fn is not None and (text(fn) in PASS_THROUGH or text(fn).rsplit(".", 1)[-1] in
                                   ("dumps", "stringify", "pformat", "inspect")):
                node = parent.parent
                continue
        if parent.type in ("attribute", "member_expression") and parent.child_by_field_name("object") == node:
            grand = parent.parent
            prop = parent.child_by_field_name("attribute") or parent.child_by_field_name("property")
            if grand is not None and grand.type in ("call", "call_expression") and \
                    (text(prop) in PASS_METHODS or text(prop) in ("slice", "substring", "substr")):
                node = grand
                continue
        if parent.type in ("subscript", "subscript_expression") and \
                (parent.child_by_field_name("value") or parent.child_by_field_name("object")) == node:
            node = parent
            continue
        if parent.type in ("spread_element", "dictionary_splat", "list_splat"):
            node = parent
            continue
        break
    return node


def _drop_key_edit(part: ts.Node, data: bytes, python: bool) -> TextEdit | None:
    parent = part.parent
    if parent is not None and parent.type in ("interpolation", "template_substitution"):
        return replace_interpolation(data, parent, REDACTED)
    literal = python_literal(REDACTED, parent) if python else f'"{REDACTED}"'
    if literal is None:
        return None  # nested f-strings took both quotes: left to the person
    if part.type == "shorthand_property_identifier":
        return TextEdit(part.start_byte, part.end_byte, f"{text(part)}: {literal}")
    if part.type in ("spread_element", "dictionary_splat"):
        return TextEdit(part.start_byte, part.end_byte, f"{literal}: " + ("True" if python else "true"))
    return TextEdit(part.start_byte, part.end_byte, literal)


# The whole environment: logging it shows every secret the process has.
_ENVIRONMENT_OBJECTS = frozenset({"os.environ", "environ", "process.env", "import.meta.env"})


def _dumps_environment_only(call: ts.Node) -> bool:
    """`print(os.environ)`, `console.log("env", JSON.stringify(process.env))`: nothing written
    but labels and the environment itself, so the statement has no other purpose."""
    parts = [part for arg in call_args(call) for part in written_parts(arg)]
    return bool(parts) and all(text(part) in _ENVIRONMENT_OBJECTS and
                               _shown_expression(part, call).type not in ("subscript", "subscript_expression")
                               for part in parts)


def drop_key(ctx, finding) -> Iterator[Draft]:
    call = _log_call(ctx, finding)
    if call is None or call.type == "expression_statement":
        return
    if _dumps_environment_only(call):
        python = ctx.language == "python"
        edits = [remove_statement_edit(ctx.source.data, call, python, not is_embedded(ctx))]
        edits += _leftovers(ctx, [call], edits)
        yield Draft("drop-key", tuple(sorted(edits, key=lambda e: (e.start, e.end))),
                    title="Remove this statement that logs the whole environment")
        return
    holdings = _holdings(ctx)
    parts = [_shown_expression(part, call) for arg in call_args(call) for part in written_parts(arg)
             if holdings.key_reason(part)]
    shown = _distinct(parts)
    edits = [_drop_key_edit(p, ctx.source.data, ctx.language == "python") for p in shown]
    if edits and None not in edits:
        edits += _leftovers(ctx, shown, edits)
        yield Draft("drop-key", tuple(sorted(edits, key=lambda e: (e.start, e.end))))


def _leftovers(ctx, replaced: list[ts.Node], edits: list[TextEdit]) -> list[TextEdit]:
    """Declarations and imports the fix leaves unused (not in an HTML page: its script is a view)."""
    if is_embedded(ctx):
        return []
    python = ctx.language == "python"
    out = dead_locals(ctx.flow, ctx.root, ctx.source.data, python, replaced, edits)
    if python:
        out += unused_imports(ctx.root, ctx.source.data, edits + out)  # `from pprint import pprint`
    return out


# -- MK004 -------------------------------------------------------------------------------------


def _py_headers_copy(expr: str, quote: str) -> str:
    words = _PY_WORDS.replace('"', quote)
    redacted = f"{quote}{REDACTED}{quote}"
    return (f"{{k: ({redacted} if any(w in k.lower() for w in {words}) else v) "
            f"for k, v in dict({expr}).items()}}")


def _js_headers_copy(expr: str, k: str = "k", v: str = "v") -> str:
    return (f"Object.fromEntries(Object.entries({expr} ?? {{}}).map(([{k}, {v}]) => "
            f"[{k}, {_JS_HEADER_RE}.test({k}) ? \"{REDACTED}\" : {v}]))")


def _js_options_copy(expr: str) -> str:
    """A copy of request options (fetch init, axios config) whose `headers` are redacted."""
    headers = _js_headers_copy("value", "name", "text")
    return (f"Object.fromEntries(Object.entries({expr} ?? {{}}).map(([key, value]) => "
            f"[key, key === \"headers\" ? {headers} : value]))")


def _redact_edit(ctx, part: ts.Node, reason: str) -> TextEdit | None:
    python = ctx.language == "python"
    expr = text(part)
    reason = reason.replace(expr, "", 1)  # what the part is, without its own text
    if "header value" in reason:
        return _drop_key_edit(part, ctx.source.data, python)
    if "axios error" in reason:
        new = f"{expr}?.message" if not python else f"type({expr}).__name__"
    elif "request config" in reason or "request options" in reason:
        if python:
            return None
        new = _js_options_copy(expr)
    else:
        if python:
            quote = python_quote(part.parent)
            if quote is None:
                return None
            new = _py_headers_copy(expr, quote)
            if part.parent is not None and part.parent.type == "interpolation":
                new = f" {new} "  # `{ {k: ...} }`: a space keeps the brace from reading as `{{`
        else:
            new = _js_headers_copy(expr)
    if part.type == "shorthand_property_identifier":
        new = f"{expr}: {new}"
    return TextEdit(part.start_byte, part.end_byte, new)


def redact(ctx, finding) -> Iterator[Draft]:
    call = _log_call(ctx, finding)
    if call is None:
        return
    if call.type == "expression_statement":  # debuglevel = 1: only removal makes sense
        yield Draft("remove-log", (remove_statement_edit(ctx.source.data, call.named_children[0],
                                                         ctx.language == "python", not is_embedded(ctx)),))
        return
    holdings = _holdings(ctx)
    incoming_ok = True
    edits, replaced = [], []
    for arg in call_args(call):
        for part in written_parts(arg):
            if holdings.key_reason(part) and not holdings.object_reason(part):
                continue
            reason = holdings.header_reason(part, incoming_ok)
            if reason:
                edit = _redact_edit(ctx, part, reason)
                if edit is None:
                    edits = []
                    break
                edits.append(edit)
                replaced.append(part)
        else:
            continue
        break
    if edits:
        edits = list(dict.fromkeys(edits))
        edits += _leftovers(ctx, replaced, edits)
        yield Draft("redact", tuple(sorted(edits, key=lambda e: (e.start, e.end))))
    yield Draft("remove-log", (remove_statement_edit(ctx.source.data, call, ctx.language == "python",
                                                     not is_embedded(ctx)),))
