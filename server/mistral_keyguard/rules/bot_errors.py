"""MK006 for python-telegram-bot's application error handler.

`application.add_error_handler(on_error)` has the framework call `on_error(update, context)` with
whatever a registered handler lets escape, as `context.error`; replying with it
(`update.effective_message.reply_text(f"Oops: {context.error}")`) sends a Mistral error's text to
the chat when a handler reaches Mistral uncaught. Registration and handler often sit in different
modules: the module that calls `add_error_handler` and registers such a handler
(`add_handler(CommandHandler("ask", ask))`) has `FORWARDS_ERRORS` in its summary, and the module
defining the error handler learns it from its importers, as an Express error middleware does
(`project_view.may_handle_errors`). A handler that catches the Mistral error itself forwards none.
"""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text
from mistral_keyguard.prefilter import contains, swept
from mistral_keyguard.project import REACHES_MISTRAL
from mistral_keyguard.rules.caught import first_uncaught

# `def on_error(update, context)` (typed or not, async or not): the context's name is captured.
_ERROR_HANDLER = re.compile(rb"def\s+\w+\s*\(\s*_?update\s*(?::[^,()]{1,80})?,\s*(\w+)\s*(?::[^,()]{1,80})?\)")
# Asked of every Python file of a tree (the project view's flags): one pass answers them.
swept(b"update", b".error")
_REGISTRATIONS = frozenset({"add_handler", "add_handlers"})


def may_run_bot_handlers(data: bytes) -> bool:
    """The bytes may define python-telegram-bot handlers (`(update, context)` functions), whose
    escaping errors reach the application's error handler: bot -> handler module -> helper is one
    hop longer than a helper chain (`project_view.may_forward_errors`)."""
    return contains(data, b"update") and _ERROR_HANDLER.search(data) is not None


def may_handle_bot_errors(data: bytes) -> bool:
    """The bytes may define a python-telegram-bot error handler: a `(update, context)` function
    that reads `context.error`. Asked of every Python file: substring tests first."""
    if not contains(data, b".error") or not contains(data, b"update"):
        return False
    return any(match.group(1) + b".error" in data for match in _ERROR_HANDLER.finditer(data))


def forwarding_registration(analysis) -> ts.Node | None:
    """Where this module registers a handler that lets a Mistral error escape, in a module that
    also registers an application error handler: the handler's name in `add_handler(…)`."""
    data = analysis.ctx.source.data
    if analysis.language != "python" or b"add_error_handler" not in data or b"add_handler" not in data:
        return None
    escaping = _escaping_functions(analysis)
    for call in analysis._calls.calls:
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "attribute" or node_text(fn.child_by_field_name("attribute")) not in _REGISTRATIONS:
            continue
        named = _named_callback(call.child_by_field_name("arguments"), analysis, escaping)
        if named is not None:
            return named
    return None


def error_handler_reads(analysis) -> Iterator[tuple[ts.Node, ts.Node]]:
    """(the handler's body, a `context.error` read in it) for each error handler of the file."""
    if analysis.language != "python" or not may_handle_bot_errors(analysis.ctx.source.data):
        return
    stack = [analysis.root]
    while stack:
        node = stack.pop()
        if node.type == "function_definition":
            context, body = _context_parameter(node), node.child_by_field_name("body")
            if context is not None and body is not None:
                yield from ((body, read) for read in _error_reads(body, context))
                continue
        if node.type in ("module", "block", "decorated_definition", "class_definition", "if_statement"):
            stack.extend(node.named_children)


def _context_parameter(fn: ts.Node) -> str | None:
    params = fn.child_by_field_name("parameters")
    names = [_parameter_name(p) for p in params.named_children] if params is not None else []
    if len(names) == 2 and names[0] in ("update", "_update") and names[1]:
        return names[1]
    return None


def _parameter_name(param: ts.Node) -> str | None:
    if param.type == "identifier":
        return node_text(param)
    if param.type == "typed_parameter" and param.named_children and param.named_children[0].type == "identifier":
        return node_text(param.named_children[0])
    return None


def _error_reads(body: ts.Node, context: str) -> Iterator[ts.Node]:
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type == "attribute" and node_text(node) == f"{context}.error":
            yield node
            continue
        stack.extend(reversed(node.named_children))


def _escaping_functions(analysis) -> set[str]:
    """Names this module can register that let a Mistral error escape: imported ones the project
    view says so of, and its own top-level functions that reach Mistral uncaught."""
    out = {name for name, fact in analysis._imported_facts.items() if fact.kind == REACHES_MISTRAL}
    reaching = analysis.mistral_functions
    for child in analysis.root.named_children:
        fn = child.child_by_field_name("definition") if child.type == "decorated_definition" else child
        name = fn.child_by_field_name("name") if fn is not None and fn.type == "function_definition" else None
        if name is not None and node_text(name) in reaching and first_uncaught(analysis, fn.child_by_field_name("body")):
            out.add(node_text(name))
    return out


def _named_callback(args: ts.Node | None, analysis, escaping: set[str]) -> ts.Node | None:
    """A name in a registration's arguments (`CommandHandler("ask", ask)`, `handlers.ask`, a list
    of handlers) that lets a Mistral error escape."""
    stack = [args] if args is not None else []
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "attribute") and node_text(node) in escaping:
            return node
        if node.type != "attribute":
            stack.extend(node.named_children)
    return None
