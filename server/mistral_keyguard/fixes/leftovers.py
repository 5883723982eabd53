"""What a Python fix leaves unused and a reviewer (or ruff's F401/F841) would flag: an import
whose only use the fix replaced (`traceback` once `traceback.format_exc()` is gone), and a local
that only carried the error text (`message = str(e)` once `message` is no longer returned).

Each edit here is computed for one fix on its own: a second fix in the same file still sees the
uses the first one removes, so a name used by two findings stays until both are fixed by hand.
"""

from __future__ import annotations

import re
from collections import Counter

import tree_sitter as ts

from mistral_keyguard import keyshape
from mistral_keyguard.finding import TextEdit
from mistral_keyguard.languages import parser
from mistral_keyguard.fixes.source import alone_on_lines, identifiers, line_bounds, remove_statement_edit, text

_IMPORTS = ("import_statement", "import_from_statement")
# Imports other fixes may add reads of: the env read (`os.environ[...]`, `load_dotenv()`) where the
# file holds a key literal, the error fix (`logging.exception(...)`) where it has an except block.
# Fixes are built independently: removing one of these could leave the other fix's new line
# without its import when both are applied.
_NEEDED_BY_ENV_READ = frozenset({"os", "environ", "load_dotenv"})


def _kept_imports(data: bytes) -> frozenset[str]:
    kept = set()
    if keyshape.find_keys(data.decode("utf-8", "replace")):
        kept |= _NEEDED_BY_ENV_READ
    if b"except" in data:
        kept.add("logging")
    return frozenset(kept)


def _inside(node: ts.Node, edits: list[TextEdit]) -> bool:
    return any(e.path is None and e.start <= node.start_byte and node.end_byte <= e.end and e.start < e.end
               for e in edits)


def _used_outside(root: ts.Node, name: str, edits: list[TextEdit], own: ts.Node) -> bool:
    """Whether `name` is read anywhere but inside `edits` and its own binding statement `own`."""
    return any(text(n) == name and not _inside(n, edits) and
               not (own.start_byte <= n.start_byte and n.end_byte <= own.end_byte) for n in identifiers(root))


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
    replaced = {text(n) for n in identifiers(root) if _inside(n, edits)} - _kept_imports(data)
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


def dead_locals(flow, root: ts.Node, data: bytes, python: bool, replaced: list[ts.Node],
                edits: list[TextEdit]) -> list[TextEdit]:
    """The declarations of names the fix replaced the last read of: `message = str(e)` once
    `message` is no longer returned, `const key = req.headers[...]` once the log shows
    "[redacted]" (F841, no-unused-vars). Only when the value has no effect of its own, and in
    Python only inside a function (a module-level name may be imported elsewhere)."""
    names = {text(n) for node in replaced for n in identifiers(node)}
    written = " ".join(e.new_text for e in edits)
    out: list[TextEdit] = []
    for name in sorted(names):
        if re.search(rf"\b{re.escape(name)}\b(?!:)", written):
            continue  # the new text reads it (a redacted copy of the headers), not just as a key
        scopes = {_scope(n, python) for node in replaced for n in identifiers(node) if text(n) == name}
        for scope in scopes:
            if python and scope.type == "module":
                continue
            bindings = [b for b in flow.by_name.get(name, []) if _scope(b.name_node, python) == scope]
            statement = _declaration(bindings[0].name_node, python) if len(bindings) == 1 else None
            if statement is None or _inside(statement, edits + out) or _used_outside(scope, name, edits, statement) \
                    or not _pure(bindings[0].value, python):
                continue
            out.append(remove_statement_edit(data, statement.named_children[0], python) if python
                       else _remove_declaration(data, statement))
    return out


def _remove_declaration(data: bytes, statement: ts.Node) -> TextEdit:
    if alone_on_lines(data, statement):
        start, end = line_bounds(data, statement.start_byte, statement.end_byte)
        return TextEdit(start, end, "")
    return TextEdit(statement.start_byte, statement.end_byte, "")


def _declaration(target: ts.Node, python: bool) -> ts.Node | None:
    """The statement that binds `target` and nothing else: `x = ...` / `const x = ...;`."""
    parent = target.parent
    if python:
        if parent is None or parent.type != "assignment" or parent.child_by_field_name("left") != target:
            return None
        statement = parent.parent
        return statement if statement is not None and statement.type == "expression_statement" else None
    if parent is None or parent.type != "variable_declarator" or parent.child_by_field_name("name") != target:
        return None
    statement = parent.parent
    if statement is None or statement.type not in ("lexical_declaration", "variable_declaration") or \
            sum(1 for c in statement.named_children if c.type == "variable_declarator") != 1 or \
            (statement.parent is not None and statement.parent.type == "export_statement"):
        return None
    return statement


def _scope(node: ts.Node, python: bool = True) -> ts.Node:
    """The function (or module) a local lives in."""
    kinds = ("function_definition", "lambda") if python else \
        ("function_declaration", "function_expression", "arrow_function", "method_definition", "function")
    node = node.parent
    while node is not None and node.parent is not None and node.type not in kinds:
        node = node.parent
    return node


# Calls that only compute text or read configuration: their result may go unused.
_PURE_CALLS = frozenset({"str", "repr", "format", "traceback.format_exc", "traceback.format_exception",
                         "getattr", "type", "json.dumps", "os.getenv", "os.environ.get", "environ.get",
                         "String", "JSON.stringify"})


# Reading a request header: `req.get("x-api-key")`, `request.headers.get(...)`.
_HEADER_GETTER = re.compile(r"^(req|request)\.(get|header)$|(^|\.)headers\.get$")


def _pure(value: ts.Node | None, python: bool) -> bool:
    if value is None:
        return False
    stack = [value]
    while stack:
        node = stack.pop()
        if node.type in ("call", "call_expression"):
            callee = text(node.child_by_field_name("function"))
            if callee not in _PURE_CALLS and not _HEADER_GETTER.search(callee):
                return False
        elif node.type in ("await", "await_expression", "new_expression", "assignment", "assignment_expression",
                           "augmented_assignment", "update_expression", "yield", "yield_expression", "named_expression"):
            return False
        stack.extend(node.named_children)
    return True


def unused_callback_parameter(leak: ts.Node, edits: list[TextEdit]) -> list[TextEdit]:
    """`.catch((e) => res.json({ error: "Internal error" }))`: `e` goes once nothing reads it."""
    fn = leak
    while fn is not None and fn.type not in ("arrow_function", "function_expression"):
        fn = fn.parent
    call = fn.parent.parent if fn is not None and fn.parent is not None else None
    if call is None or call.type != "call_expression" or not text(call.child_by_field_name("function")).endswith(".catch"):
        return []
    single = fn.child_by_field_name("parameter")
    params = fn.child_by_field_name("parameters")
    names = [single] if single is not None else [c for c in params.named_children] if params is not None else []
    if len(names) != 1 or names[0].type != "identifier":
        return []
    body = fn.child_by_field_name("body")
    if body is None or any(text(n) == text(names[0]) and not _inside(n, edits) for n in identifiers(body)):
        return []
    target = single if single is not None else params
    return [TextEdit(target.start_byte, target.end_byte, "()")]


def newly_unused(language: str, before: bytes, after: bytes) -> list[TextEdit]:
    """After all of a file's fixes: the imports and effect-free declarations that fixes left with no
    read at all, though they had reads `before` (two logs of one `api_key`, each fix seeing the
    other's read). For `check --fix`, which applies every fix of a file together."""
    python = language == "python"
    if not (python or language in ("javascript", "typescript", "tsx")):
        return []
    root = parser(language).parse(after).root_node
    reads_before = Counter(text(n) for n in identifiers(parser(language).parse(before).root_node))
    reads_after = Counter(text(n) for n in identifiers(root))
    gone = {name for name, count in reads_after.items() if count == 1 and reads_before[name] > 1}
    fewer = {name for name, count in reads_after.items() if count < reads_before[name]}
    out: list[TextEdit] = []
    for statement in (root.named_children if python else ()):
        if statement.type in _IMPORTS and _bound_name(statement) in gone:
            start, end = line_bounds(after, statement.start_byte, statement.end_byte)
            if not after[start:statement.start_byte].strip() and not after[statement.end_byte:end].strip():
                out.append(TextEdit(start, end, ""))
    for target in identifiers(root):
        if text(target) not in fewer:
            continue
        statement = _declaration(target, python)
        if statement is None or _used_outside(_scope(target, python), text(target), [], statement):
            continue  # still read in its own function (another function's `key` is another local)
        value = target.parent.child_by_field_name("right" if python else "value")
        if (python and _scope(target, python).type == "module") or not _pure(value, python):
            continue
        out.append(remove_statement_edit(after, statement.named_children[0], python) if python
                   else _remove_declaration(after, statement))
    return out
