"""MK006 for a Python web app's global exception handler.

FastAPI and Starlette (`@app.exception_handler(Exception)`, `app.add_exception_handler(Exception,
fn)`), Flask and Quart (`@app.errorhandler(Exception)`, a blueprint's `app_errorhandler`,
`app.register_error_handler(Exception, fn)`) hand the handler whatever a route lets escape; one
that answers with the error's text (`JSONResponse(content={"message": str(exc)})`,
`jsonify(error=str(e))`) sends a Mistral error's text to the client when a route of the same
module calls Mistral, directly or through a helper or a service class, outside a `try` that
answers the error itself.

Only catch-all handlers count: a handler of `HTTPException`, `RequestValidationError` or a status
code (Flask's `errorhandler(500)` is handed an `InternalServerError` whose text is Werkzeug's
generic description) never sees a Mistral error's text.
"""

from __future__ import annotations

from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.prefilter import contains_any, swept_set
from mistral_keyguard.rules.caught import first_uncaught

_NEEDLES = swept_set(b"exception_handler", b"errorhandler", b"register_error_handler")
_HANDLER_DECORATORS = frozenset({"exception_handler", "errorhandler", "app_errorhandler"})
_HANDLER_REGISTRATIONS = frozenset({"add_exception_handler", "register_error_handler"})
# What a catch-all handler is registered for: every exception, or the Mistral SDK's own.
_CATCH_ALL = frozenset({"Exception", "BaseException", "SDKError", "MistralError", "MistralException"})
_ROUTE_DECORATORS = frozenset({"get", "post", "put", "patch", "delete", "route", "api_route", "websocket",
                               "head", "options"})


def global_handlers(analysis) -> list[tuple[str, ts.Node, ts.Node]]:
    """(the error's name, the handler's body, the handler) of each catch-all exception handler of
    this Python module, when a route of the module lets a Mistral error escape."""
    data = analysis.ctx.source.data
    if analysis.language != "python" or not contains_any(data, _NEEDLES):
        return []
    handlers = list(_decorated_handlers(analysis.root)) + list(_registered_handlers(analysis))
    if not handlers or _escaping_route(analysis) is None:
        return []
    out = []
    for fn in handlers:
        name, body = _error_parameter(fn), fn.child_by_field_name("body")
        if name and body is not None:
            out.append((name, body, fn))
    return out


def _decorated_handlers(root: ts.Node) -> Iterator[ts.Node]:
    for node in _top_level_definitions(root):
        if node.type != "decorated_definition":
            continue
        fn = node.child_by_field_name("definition")
        if fn is None or fn.type != "function_definition":
            continue
        for decorator in node.named_children:
            call = decorator.named_children[0] if decorator.type == "decorator" and decorator.named_children else None
            if call is not None and call.type == "call" and _registers_catch_all(call, _HANDLER_DECORATORS, 0):
                yield fn
                break


def _registered_handlers(analysis) -> Iterator[ts.Node]:
    """`app.add_exception_handler(Exception, unhandled)`: the module's function so named."""
    functions = {node_text(fn.child_by_field_name("name")): fn for fn in _functions(analysis.root)}
    for call in analysis.call_nodes:
        if call.type != "call" or not _registers_catch_all(call, _HANDLER_REGISTRATIONS, 0):
            continue
        args = [a for a in call.child_by_field_name("arguments").named_children if a.type != "comment"]
        if len(args) >= 2 and args[1].type == "identifier" and node_text(args[1]) in functions:
            yield functions[node_text(args[1])]


def _registers_catch_all(call: ts.Node, methods: frozenset[str], position: int) -> bool:
    fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
    if fn is None or fn.type != "attribute" or args is None or node_text(fn.child_by_field_name("attribute")) not in methods:
        return False
    named = [a for a in args.named_children if a.type != "comment"]
    return len(named) > position and named[position].type in ("identifier", "attribute") \
        and last_segment(node_text(named[position])) in _CATCH_ALL


def _escaping_route(analysis) -> ts.Node | None:
    cached = analysis.__dict__.get("_escaping_python_route", False)
    if cached is not False:
        return cached
    found = None
    for node in _top_level_definitions(analysis.root):
        fn = node.child_by_field_name("definition") if node.type == "decorated_definition" else None
        if fn is None or fn.type != "function_definition" or not _is_route(node):
            continue
        found = first_uncaught(analysis, fn.child_by_field_name("body"))
        if found is not None:
            break
    analysis.__dict__["_escaping_python_route"] = found
    return found


def _is_route(decorated: ts.Node) -> bool:
    for decorator in decorated.named_children:
        call = decorator.named_children[0] if decorator.type == "decorator" and decorator.named_children else None
        fn = call.child_by_field_name("function") if call is not None and call.type == "call" else None
        if fn is not None and fn.type == "attribute" and node_text(fn.child_by_field_name("attribute")) in _ROUTE_DECORATORS:
            return True
    return False


def _top_level_definitions(root: ts.Node) -> Iterator[ts.Node]:
    """The module's top-level definitions, where routes and handlers are registered."""
    for child in root.named_children:
        if child.type in ("decorated_definition", "function_definition"):
            yield child


def _functions(root: ts.Node) -> Iterator[ts.Node]:
    for node in _top_level_definitions(root):
        fn = node.child_by_field_name("definition") if node.type == "decorated_definition" else node
        if fn is not None and fn.type == "function_definition" and fn.child_by_field_name("name") is not None:
            yield fn


def _error_parameter(fn: ts.Node) -> str | None:
    """The handler's last parameter: FastAPI's `(request, exc)`, Flask's `(e)`."""
    params = fn.child_by_field_name("parameters")
    named = [p for p in params.named_children if p.type != "comment"] if params is not None else []
    if not named:
        return None
    last = named[-1]
    if last.type == "identifier":
        return node_text(last)
    if last.type == "typed_parameter" and last.named_children and last.named_children[0].type == "identifier":
        return node_text(last.named_children[0])
    return None
