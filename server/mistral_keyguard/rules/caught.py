"""Whether a function lets a Mistral error escape: its requests' errors are caught by a `try`
whose handler does not raise again, or by a promise `.catch` that does not throw."""

from __future__ import annotations

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text

_TRY_TYPES = frozenset({"try_statement"})
_HANDLER_TYPES = frozenset({"except_clause", "catch_clause"})
_RAISE_TYPES = frozenset({"raise_statement", "throw_statement"})
SCOPE_TYPES = frozenset({"function_definition", "function_declaration", "arrow_function", "function_expression",
                         "method_definition", "class_definition", "class_declaration"})


def first_uncaught(analysis, body: ts.Node, functions: set[str] | None = None) -> ts.Node | None:
    """The first Mistral call in `body` whose error can leave the function, or None when every
    one sits in a `try` whose handler neither re-raises nor re-throws. Making the client
    (`client = Mistral(…)` before the `try`) sends no request: a function whose requests are all
    caught falls back; one that only makes clients or models (a factory) still reaches Mistral."""
    construction, caught_request = None, False
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type in ("call", "call_expression", "new_expression") and analysis.is_mistral_call(node, functions):
            constructs = _constructs(node)
            if not _caught(node, body):
                if not constructs:
                    return node
                construction = construction or node
            elif not constructs:
                caught_request = True
        if node is body or node.type not in SCOPE_TYPES:
            stack.extend(reversed(node.named_children))
    return None if caught_request else construction


def _constructs(call: ts.Node) -> bool:
    """`Mistral(api_key=…)`, `new Mistral({…})`: a class made, no request sent."""
    if call.type == "new_expression":
        return True
    callee = call.child_by_field_name("function")
    name = node_text(callee).rpartition(".")[2] if callee is not None else ""
    return name[:1].isupper()


def _caught(call: ts.Node, body: ts.Node) -> bool:
    if _promise_caught(call):
        return True
    for handlers in _enclosing_handlers(call, body):
        if handlers and not any(_raises(h) for h in handlers):
            return True
    return False


_MAX_CHAIN = 8


def _promise_caught(call: ts.Node) -> bool:
    """`client.chat(…).then(…).catch(() => "fallback")`: a `.catch` down the chain whose handler
    does not throw again turns the rejection into a value."""
    node = call
    for _ in range(_MAX_CHAIN):
        fn = node.child_by_field_name("function") if node.type == "call_expression" else None
        if fn is not None and fn.type == "member_expression" and node_text(fn.child_by_field_name("property")) == "catch":
            args = node.child_by_field_name("arguments")
            handler = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
            inner = handler.child_by_field_name("body") if handler is not None else None
            return inner is not None and not _raises(inner)
        member = node.parent
        if member is None or member.type != "member_expression" or member.parent is None \
                or member.parent.type != "call_expression":
            return False
        node = member.parent
    return False


def _raises(handler: ts.Node) -> bool:
    stack = [handler]
    while stack:
        node = stack.pop()
        if node.type in _RAISE_TYPES:
            return True
        if node.type not in SCOPE_TYPES:
            stack.extend(node.named_children)
    return False


_CHAIN_TYPES = frozenset({"member_expression", "call_expression", "parenthesized_expression"})
_PASSES_ON = frozenset({"await_expression", "await", "return_statement"})


def _enclosing_handlers(node: ts.Node, body: ts.Node):
    """The handlers (`except`/`catch` clauses) of each `try` whose body holds `node`, innermost
    first, up to `body` (a node inside a handler or a `finally` is not covered by that `try`)."""
    while node is not None and node != body:
        parent = node.parent
        if parent is not None and parent.type in _TRY_TYPES and node.type not in _HANDLER_TYPES \
                and node.type != "finally_clause":
            yield [c for c in parent.children if c.type in _HANDLER_TYPES]
        node = parent


def error_escapes(call: ts.Node, body: ts.Node) -> bool:
    """The error of `call` itself reaches the caller of the function whose `body` holds it: the
    call is awaited or returned (alone or down a promise chain), and no `.catch` down the chain
    and no `try` around it takes the error, but a handler that throws it again
    (`catch (err) { throw err; }`); a new error thrown in its place is another object."""
    top = call
    while top is not body and top.parent is not None and top.parent.type in _CHAIN_TYPES:
        parent = top.parent
        if parent.type == "member_expression" and node_text(parent.child_by_field_name("property")) == "catch":
            args = parent.parent.child_by_field_name("arguments") if parent.parent is not None else None
            handler = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
            if handler is None or not _rethrows_own(handler):
                return False
        top = parent
    if top is not body and (top.parent is None or top.parent.type not in _PASSES_ON):
        return False  # fired and forgotten: its rejection reaches no caller
    for handlers in _enclosing_handlers(top, body):
        if any(not _rethrows_own(h) for h in handlers):
            return False
    return True


def _rethrows_own(handler: ts.Node) -> bool:
    """A catch clause, or a `.catch` callback, that throws the very error it was given."""
    param = handler.child_by_field_name("parameter")
    if param is None:
        params = handler.child_by_field_name("parameters")
        param = next(iter(params.named_children), None) if params is not None else None
    name = node_text(param) if param is not None else None
    if not name:
        return False
    stack = [handler.child_by_field_name("body") or handler]
    while stack:
        node = stack.pop()
        if node.type in _RAISE_TYPES and node.named_children and node_text(node.named_children[0]) == name:
            return True
        if node.type not in SCOPE_TYPES:
            stack.extend(node.named_children)
    return False
