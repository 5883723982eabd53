"""MK006 sinks of Python frameworks whose answer to the user is not a response call by its name.

- AWS Chalice: a view's `ChaliceViewError`, `BadRequestError`, ... puts its message in the
  response body (`{"Code": …, "Message": …}`). The names are generic (the OpenAI SDK has a
  `BadRequestError`), so only in a file that imports chalice.
- Slack Bolt: a listener is handed `say` and `respond` by parameter name, with others of Bolt's
  (`body`, `ack`, `client` …), often in a module that does not import slack_bolt (the app file
  registers it, lazy listeners too): calling them, or `client.chat_postMessage`, posts to Slack.

`error_leak.ErrorLeak.sink_of` asks `python_reply` for a call it does not know as a response.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing

_CHALICE_IMPORT = re.compile(rb"(?m)^[^\S\n]*(from\s+chalice\s+import\b|import\s+chalice\b)")
_CHALICE_VIEW_ERRORS = frozenset({
    "ChaliceViewError", "BadRequestError", "UnauthorizedError", "ForbiddenError", "NotFoundError",
    "MethodNotAllowedError", "RequestTimeoutError", "ConflictError", "UnprocessableEntityError",
    "TooManyRequestsError",
})

# The arguments Bolt passes a listener by name; `say` and `respond` post, and so do the chat
# methods of its `client`.
_BOLT_ARGUMENTS = frozenset({"ack", "body", "client", "context", "event", "command", "message", "payload",
                             "logger", "action", "shortcut", "view", "options", "say", "respond"})
_BOLT_POSTERS = frozenset({"say", "respond"})
_BOLT_CLIENT_METHODS = frozenset({"chat_postMessage", "chat_postEphemeral", "chat_update"})
_MAX_ENCLOSING = 3


def python_reply(analysis, call: ts.Node, callee: str) -> str | None:
    """How a Python call with the error's text as an argument answers the user, or None."""
    if analysis.language != "python":
        return None
    if last_segment(callee) in _CHALICE_VIEW_ERRORS and analysis.answers_users and _imports_chalice(analysis):
        return f"sent to the client by {callee}(…) (Chalice puts its message in the response body)"
    if _bolt_post(call, callee):
        return f"posted to Slack by {callee}(…), which Bolt hands the listener"
    return None


def _bolt_post(call: ts.Node, callee: str) -> bool:
    """`say(…)`, `respond(…)` or `client.chat_postMessage(…)` where the name is a parameter of an
    enclosing function that also takes another of Bolt's listener arguments."""
    if callee in _BOLT_POSTERS:
        name = callee
    else:
        name, _, method = callee.partition(".")
        if method not in _BOLT_CLIENT_METHODS:
            return False
    fn = call
    for _ in range(_MAX_ENCLOSING):
        fn = enclosing(fn, FUNCTION_TYPES)
        if fn is None:
            return False
        names = _parameter_names(fn)
        if name in names:
            return len(names & _BOLT_ARGUMENTS) >= 2
    return False


def _parameter_names(fn: ts.Node) -> set[str]:
    params = fn.child_by_field_name("parameters")
    out = set()
    for param in params.named_children if params is not None else ():
        if param.type == "identifier":
            out.add(node_text(param))
        elif param.type in ("typed_parameter", "default_parameter", "typed_default_parameter"):
            name = param.child_by_field_name("name") or (param.named_children[0] if param.named_children else None)
            if name is not None and name.type == "identifier":
                out.add(node_text(name))
    return out


def _imports_chalice(analysis) -> bool:
    data = analysis.ctx.source.data
    return b"chalice" in data and _CHALICE_IMPORT.search(data) is not None
