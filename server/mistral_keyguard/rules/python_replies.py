"""MK006 sinks of Python frameworks whose answer to the user is not a response call by its name.

- AWS Chalice: a view's `ChaliceViewError`, `BadRequestError`, ... puts its message in the
  response body (`{"Code": …, "Message": …}`). The names are generic (the OpenAI SDK has a
  `BadRequestError`), so only in a file that imports chalice.
- Slack Bolt: a listener is handed `say` and `respond` by parameter name, with others of Bolt's
  (`body`, `ack`, `client` …), often in a module that does not import slack_bolt (the app file
  registers it, lazy listeners too): calling them, or `client.chat_postMessage`, posts to Slack.
- Solara: a reactive variable (`error = solara.reactive("")`) set with the error's text
  (`error.set(…)`, `error.value = …`) is drawn on the user's page when a Solara element shows it
  (`solara.Error(error.value)`, `solara.InputText(…, value=error)`); one nothing draws is not.
  A Solara element given the text itself (`solara.Error(str(e))`) shows it too.

- HTTP errors of any web framework, by their shape: a class named `HTTPError` or `HTTP` + a status
  (`cherrypy.HTTPError(502, msg)`, `falcon.HTTPBadGateway(description=…)`, aiohttp's
  `web.HTTPBadGateway(text=…)`, Pyramid's `HTTPBadGateway(detail=…)`), qualified by any module but
  an HTTP client's (`requests.HTTPError` is raised, not answered), in code that answers users: the
  framework renders the message into the error response.
- Chat and socket messages to other people, by the sending method's name: a Zulip handler's
  `bot_handler.send_reply(…)`, Mattermost's `driver.posts.create_post(…)`, LINE's
  `reply_message(…)`, an API Gateway WebSocket's `post_to_connection(…)`. Whatever the channel,
  the text reaches people who are not the operator (eval/README.md). `send_message` stays out: an
  SQS queue's `send_message(MessageBody=…)` answers nobody.
- gRPC: a servicer method `(self, request, context)` ending the call with
  `context.abort(code, details)` or `context.set_details(details)`: the details are the status
  message the calling client receives.
- RFC 7807/9457 problem responses (Connexion's `problem(status, title, detail)` and
  `ProblemException`, fastapi-problem's `Problem`): the detail is the response body.

`error_leak.ErrorLeak.sink_of` asks `python_reply` for a call it does not know as a response, and
`python_state_reply` for an attribute the error's text is assigned to.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.prefilter import contains
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing, unwrap

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

_SOLARA_IMPORT = re.compile(rb"(?m)^[^\S\n]*(import\s+solara\b|from\s+solara\b)")
_SOLARA_REACTIVE = frozenset({"solara.reactive", "reactive", "solara.use_reactive", "use_reactive"})
_SOLARA_SHOWN = re.compile(r"^solara\.(Error|Warning|Info|Success|Markdown|Text|HTML|Preformatted)$")
_MAX_BINDINGS = 4

_HTTP_ERROR_CLASS = re.compile(r"^HTTP(Error|[A-Z][a-z]\w*)$")
_HTTP_CLIENTS = frozenset({"requests", "httpx", "urllib", "urllib3", "http",
                           "tornado", "botocore", "google", "googleapiclient"})
# Methods that post a message to a chat or a connected socket (see the module's doc).
_CHAT_POST = re.compile(r"^((send|post)_reply|reply_(message|to)|create_post|post_(message|reply)|post_to_connection)$")
_GRPC_DETAILS = frozenset({"abort", "set_details", "abort_with_status"})
_GRPC_IMPORT = re.compile(rb"(?m)^[^\S\n]*(import\s+grpc\b|from\s+grpc\b)")
_PROBLEM_RESPONSE = frozenset({"problem", "Problem", "ProblemException", "ProblemDetail", "ProblemDetails",
                               "problem_response", "ProblemResponse", "problem_details"})


def python_reply(analysis, call: ts.Node, callee: str) -> str | None:
    """How a Python call with the error's text as an argument answers the user, or None."""
    if analysis.language != "python":
        return None
    if last_segment(callee) in _CHALICE_VIEW_ERRORS and analysis.answers_users and _imports_chalice(analysis):
        return f"sent to the client by {callee}(…) (Chalice puts its message in the response body)"
    if analysis.answers_users and (how := _http_error_reply(callee)):
        return how
    owner, _, method = callee.rpartition(".")
    if owner and _CHAT_POST.match(method):
        return f"posted to other people by {callee}(…)"
    if owner and method in _GRPC_DETAILS and _grpc_context(analysis, call, owner):
        return f"sent to the gRPC client as the status details by {callee}(…)"
    if _bolt_post(call, callee):
        return f"posted to Slack by {callee}(…), which Bolt hands the listener"
    if _imports_solara(analysis):
        if _SOLARA_SHOWN.match(callee):
            return f"shown to the user by {callee}(…)"
        owner, _, method = callee.rpartition(".")
        if method == "set" and _solara_shown_reactive(analysis, owner):
            return f"set into the reactive {owner}, which a Solara element draws on the user's page"
    return None


def _http_error_reply(callee: str) -> str | None:
    """A web framework's HTTP error or problem response given the text (see the module's doc)."""
    owner, _, name = callee.rpartition(".")
    if _HTTP_ERROR_CLASS.match(name) and owner.split(".")[0] not in _HTTP_CLIENTS:
        return f"sent to the client by {callee}(…) (the framework renders its message into the error response)"
    if name in _PROBLEM_RESPONSE:
        return f"sent to the client by {callee}(…) (a problem response: its detail is the body)"
    return None


def python_state_reply(analysis, target: ts.Node) -> str | None:
    """How an assignment to `target` (an attribute) answers the user: `error.value = …` on a
    drawn Solara reactive."""
    if analysis.language != "python" or target.type != "attribute" or not _imports_solara(analysis):
        return None
    owner, field = target.child_by_field_name("object"), target.child_by_field_name("attribute")
    if owner is None or field is None or node_text(field) != "value":
        return None
    name = node_text(owner)
    if not _solara_shown_reactive(analysis, name):
        return None
    return f"set into the reactive {name}, which a Solara element draws on the user's page"


def _imports_solara(analysis) -> bool:
    return _imports(analysis, b"solara", _SOLARA_IMPORT)


def _solara_shown_reactive(analysis, name: str) -> bool:
    if not name.isidentifier():
        return False
    bindings = analysis.flow.by_name.get(name, ())[:_MAX_BINDINGS]
    if not any(_callee(unwrap(b.value)) in _SOLARA_REACTIVE for b in bindings):
        return False
    shown = analysis.__dict__.get("_solara_shown")
    if shown is None:
        shown = analysis.__dict__["_solara_shown"] = _solara_drawn_names(analysis.root)
    return name in shown


def _solara_drawn_names(root: ts.Node) -> frozenset[str]:
    """Names a `solara.*` element is given, bare (`value=error`) or read (`error.value`)."""
    out: set[str] = set()
    cursor = root.walk()  # a cursor: the walk keeps no node of the tree alive
    while True:
        node = cursor.node
        fn = node.child_by_field_name("function") if node.type == "call" else None
        if fn is not None and node_text(fn).startswith("solara."):
            out |= _read_names(node.child_by_field_name("arguments"))
        if cursor.goto_first_child():
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return frozenset(out)


def _read_names(args: ts.Node | None) -> set[str]:
    out: set[str] = set()
    stack = [args] if args is not None else []
    while stack:
        node = stack.pop()
        value = node.child_by_field_name("value") if node.type == "keyword_argument" else node
        if value is not None and value.type == "identifier":
            out.add(node_text(value))
        elif value is not None and value.type == "attribute" and node_text(value.child_by_field_name("attribute")) == "value":
            out.add(node_text(value.child_by_field_name("object")))
        elif value is not None:
            stack.extend(value.named_children)
    return out


def _callee(value: ts.Node) -> str | None:
    fn = value.child_by_field_name("function") if value.type == "call" else None
    return node_text(fn) if fn is not None else None


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


def _grpc_context(analysis, call: ts.Node, owner: str) -> bool:
    """`owner` is the `context` a gRPC servicer method is handed (`def Rpc(self, request,
    context)`), in a file that imports grpc."""
    fn = enclosing(call, FUNCTION_TYPES)
    params = fn.child_by_field_name("parameters") if fn is not None else None
    names = [node_text(p) for p in params.named_children if p.type == "identifier"] if params is not None else []
    return names[-2:] == ["request", owner] and _imports(analysis, b"grpc", _GRPC_IMPORT)


def _imports_chalice(analysis) -> bool:
    return _imports(analysis, b"chalice", _CHALICE_IMPORT)


def _imports(analysis, name: bytes, statement: re.Pattern[bytes]) -> bool:
    """Whether the file imports the framework `name`: asked at each call a leak climbs through,
    so answered once per file."""
    known = analysis.__dict__.setdefault("_python_frameworks", {})
    found = known.get(name)
    if found is None:
        data = analysis.ctx.source.data
        found = known[name] = contains(data, name) and statement.search(data) is not None
    return found
