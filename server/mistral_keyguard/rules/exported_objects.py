"""The methods of the object a JavaScript module exports, for its summary.

Many Node modules export an object literal of methods rather than top-level functions:
`module.exports = { async explain(text) { … } }`, or a factory a framework calls with its
dependencies and whose returned object it hands out (Strapi's `module.exports = ({ strapi }) =>
({ async suggestTitle(body) { … } })`, `createCoreService(uid, ({ strapi }) => ({ … }))`, awilix
and hand-written factories). A caller reaches those methods through the module object (`svc.explain`)
or through the framework's locator; the summary names them as the module's members. So do the
methods of an exported class, which a framework instantiates itself (an Egg.js service).
"""

from __future__ import annotations

from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.sinks import FUNCTION_TYPES, unwrap

_MAX_METHODS = 64
_ARROWS = frozenset({"arrow_function", "function_expression", "function"})


def exported_methods(ctx) -> Iterator[tuple[str, ts.Node, ts.Node]]:
    """(name, function, body) of each method of the module's exported object."""
    if ctx.language not in ECMA_LANGUAGES or ctx.tree is None:
        return
    for value in _exported_values(ctx.root):
        obj = _object_of(value) or _class_body(ctx.root, value)
        if obj is None:
            continue
        for member in obj.named_children[:_MAX_METHODS]:
            name, fn = _method(member)
            body = fn.child_by_field_name("body") if fn is not None else None
            if name and body is not None:
                yield name, fn, body


def _exported_values(root: ts.Node) -> Iterator[ts.Node]:
    """`module.exports = X`, `exports.default = X`, `export default X` at the module's top."""
    for child in root.named_children:
        if child.type == "export_statement" and any(c.type == "default" for c in child.children):
            value = child.child_by_field_name("value") or child.child_by_field_name("declaration")
            if value is not None:
                yield value
        elif child.type == "expression_statement" and child.named_children:
            assignment = child.named_children[0]
            if assignment.type == "assignment_expression" and \
                    node_text(assignment.child_by_field_name("left")) in ("module.exports", "exports.default"):
                value = assignment.child_by_field_name("right")
                if value is not None:
                    yield value


def _object_of(value: ts.Node, depth: int = 0) -> ts.Node | None:
    """The object literal `value` is, returns (a factory), or a builder call's factory returns."""
    value = unwrap(value)
    while value.type == "parenthesized_expression" and value.named_children:
        value = value.named_children[0]
    if value.type == "object":
        return value
    if depth > 1:
        return None
    if value.type in _ARROWS:
        body = value.child_by_field_name("body")
        if body is None:
            return None
        if body.type != "statement_block":
            return _object_of(body, depth + 1)
        returned = [s.named_children[0] for s in body.named_children
                    if s.type == "return_statement" and s.named_children]
        return _object_of(returned[-1], depth + 1) if returned else None
    if value.type == "call_expression":
        args = value.child_by_field_name("arguments")
        factories = [a for a in args.named_children if a.type in _ARROWS] if args is not None else []
        return _object_of(factories[-1], depth + 1) if factories else None
    return None


def _class_body(root: ts.Node, value: ts.Node) -> ts.Node | None:
    """The body of the class a module exports: `module.exports = AssistService` (a class of the
    module), `module.exports = class extends Service {…}`, `export default class … {…}` (an Egg.js
    service, which the framework instantiates and hands out as `ctx.service.<file>`)."""
    if value.type in ("class", "class_declaration"):
        return value.child_by_field_name("body")
    if value.type != "identifier":
        return None
    for child in root.named_children:
        node = child.child_by_field_name("declaration") if child.type == "export_statement" else child
        name = node.child_by_field_name("name") if node is not None and node.type == "class_declaration" else None
        if name is not None and node_text(name) == node_text(value):
            return node.child_by_field_name("body")
    return None


def _method(member: ts.Node) -> tuple[str | None, ts.Node | None]:
    """`async explain(text) { … }`, `explain: async (text) => …`."""
    if member.type == "method_definition":
        name = member.child_by_field_name("name")
        return (node_text(name) if name is not None else None), member
    if member.type == "pair":
        key, value = member.child_by_field_name("key"), member.child_by_field_name("value")
        if key is not None and value is not None and value.type in FUNCTION_TYPES:
            return node_text(key).strip("'\""), value
    return None, None
