"""What a Python fix leaves unused and a reviewer (or ruff's F401/F841) would flag: an import
whose only use the fix replaced (`traceback` once `traceback.format_exc()` is gone), and a local
that only carried the error text (`message = str(e)` once `message` is no longer returned).

Each edit here is computed for one fix on its own: a second fix in the same file still sees the
uses the first one removes, so a name used by two findings stays until both are fixed by hand.
"""

from __future__ import annotations

import tree_sitter as ts

from mistral_keyguard.finding import TextEdit
from mistral_keyguard.fixes.source import line_bounds, remove_statement_edit, text

_IMPORTS = ("import_statement", "import_from_statement")


def _inside(node: ts.Node, edits: list[TextEdit]) -> bool:
    return any(e.path is None and e.start <= node.start_byte and node.end_byte <= e.end and e.start < e.end
               for e in edits)


def _identifiers(node: ts.Node):
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "identifier":
            yield current
        stack.extend(current.named_children)


def _used_outside(root: ts.Node, name: str, edits: list[TextEdit], own: ts.Node) -> bool:
    """Whether `name` is read anywhere but inside `edits` and its own binding statement `own`."""
    return any(text(n) == name and not _inside(n, edits) and
               not (own.start_byte <= n.start_byte and n.end_byte <= own.end_byte) for n in _identifiers(root))


def _bound_name(statement: ts.Node) -> str | None:
    """The one name a module-level import binds (`import traceback`, `from pprint import pprint`,
    `import x as y`); None for several names or a dotted `import os.path`."""
    names = statement.children_by_field_name("name")
    if len(names) != 1:
        return None
    node = names[0]
    if node.type == "aliased_import":
        node = node.child_by_field_name("alias")
    if node is None or (node.type == "dotted_name" and node.named_child_count != 1):
        return None
    return text(node)


def unused_imports(root: ts.Node, data: bytes, edits: list[TextEdit]) -> list[TextEdit]:
    """Remove module-level single-name imports whose every use lies inside `edits`."""
    replaced = {text(n) for n in _identifiers(root) if _inside(n, edits)}
    out = []
    for statement in root.named_children:
        if statement.type not in _IMPORTS or _inside(statement, edits):
            continue
        name = _bound_name(statement)
        if name is None or name not in replaced or _used_outside(root, name, edits, statement):
            continue
        start, end = line_bounds(data, statement.start_byte, statement.end_byte)
        if not data[start:statement.start_byte].strip() and not data[statement.end_byte:end].strip():
            out.append(TextEdit(start, end, ""))
    return out


def dead_text_local(flow, root: ts.Node, data: bytes, leak: ts.Node, edits: list[TextEdit]) -> list[TextEdit]:
    """`message = str(e)` when the fix replaced the only read of `message`: the assignment goes."""
    if leak.type != "identifier":
        return []
    scope = _scope(leak)
    bindings = [b for b in flow.by_name.get(text(leak), []) if _scope(b.name_node) == scope]
    if len(bindings) != 1:
        return []
    target = bindings[0].name_node
    assignment = target.parent
    if assignment is None or assignment.type != "assignment" or assignment.child_by_field_name("left") != target:
        return []
    statement = assignment.parent
    if statement is None or statement.type != "expression_statement" or \
            _used_outside(scope, text(leak), edits, statement):
        return []
    if any(n.type == "call" and text(n.child_by_field_name("function")) not in _TEXT_OF_ERROR for n in _calls(assignment)):
        return []  # a call with effects of its own stays
    return [remove_statement_edit(data, assignment, python=True)]


def _scope(node: ts.Node) -> ts.Node:
    """The function (or module) a local lives in."""
    while node.parent is not None and node.type not in ("function_definition", "lambda"):
        node = node.parent
    return node


_TEXT_OF_ERROR = frozenset({"str", "repr", "format", "traceback.format_exc", "traceback.format_exception",
                            "getattr", "type", "json.dumps"})


def _calls(node: ts.Node):
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "call":
            yield current
        stack.extend(current.named_children)
