"""MK004 header-logging: request headers that carry the Mistral key written to a log or stdout.

Outgoing requests count when the file talks to Mistral (their headers, the whole options object,
an axios config or error); incoming request headers count when the project talks to Mistral
(clients send their keys to such a service), except in a messaging platform's webhook or a
file-upload handler, whose callers send none. Response headers never count. A log part that shows
the key itself is MK005's, not this rule's. `HTTPConnection.debuglevel = 1` dumps every header.
"""

from __future__ import annotations

import re
from typing import Iterator

from mistral_keyguard import queries
from mistral_keyguard.dataflow import node_text
from mistral_keyguard.finding import Finding
from mistral_keyguard.prefilter import Anchored, lowered
from mistral_keyguard.rules.checker import Checker
from mistral_keyguard.project import (
    FORWARDS_ERRORS, HEADERS_DETAIL, KEYED_ARGUMENT, KEYED_ARGUMENT_MARK, KEYED_FORWARD, ModuleFact,
)
from mistral_keyguard.rules.caught import error_escapes
from mistral_keyguard.rules.error_leak import analysis_for, top_level_functions
from mistral_keyguard.rules.js_handlers import error_hooks
from mistral_keyguard.rules.key_logging import shared_holdings
from mistral_keyguard.holdings import Holdings
from mistral_keyguard.sinks import (
    CODE_LANGUAGES,
    FUNCTION_TYPES,
    call_args,
    enclosing,
    log_calls,
    unwrap,
    written_parts,
)

CODE = "MK004"
QUERY = "header-logging"
# Mistral in the file, or incoming headers that count when the project talks to Mistral.
# Without Mistral in the file only incoming headers handed to a call can count: `.headers)`, `.headers,`.
PREFILTER = Anchored(re.compile(rb"istral|ISTRAL|\.headers\)|\.headers,|\.headers }|\.headers}|\.header\(\)|"
                                rb"rawHeaders|META\)|META,|debuglevel|api-key|API-KEY|Api-Key"),
                     (b"istral", b"ISTRAL", b".header", b"rawHeaders", b"META", b"debuglevel", b"api-key",
                      b"API-KEY", b"Api-Key"), source_only=True)
# Searched in the lower-cased bytes the prefilters share: `(?i)` made it a scan of every
# position of every file the rule wakes on, several times slower.
_ECHO_HINT = re.compile(rb"x-api-key|mistral-key|mistral-api-key|http_x_")
_READS = frozenset({"subscript", "subscript_expression", "call", "call_expression", "member_expression"})
_HTTP_CONNECTION = re.compile(r"HTTPS?Connection$|^(self\.)?(conn|connection|h)$")


def check(ctx) -> Iterator[Finding]:
    holdings = shared_holdings(ctx)
    project_probe: list[bool] = []

    def project_talks_to_mistral() -> bool:
        # Asked only once a candidate is found: the probe may read the project's files.
        if not project_probe:
            project = ctx.project
            project_probe.append(ctx.mentions_mistral or bool(project is not None and project.talks_to_mistral()))
        return project_probe[0]

    incoming_ok = not _next_middleware(ctx)
    not_api_calls: dict[int, bool] = {}
    handed = _keyed_parameters(ctx)
    hooks = _keyed_error_hooks(ctx, holdings)
    for call in log_calls(ctx.language, ctx.root, QUERY):
        reason = header_part(holdings, call, incoming_ok=incoming_ok and not _not_api_call(call, not_api_calls)) \
            or (_handed_part(call, handed) if handed else None) or (_hook_error_part(call, hooks) if hooks else None)
        if reason and not ctx.mentions_mistral and not project_talks_to_mistral():
            continue
        if reason:
            yield ctx.finding(CODE, call.start_byte, call.end_byte, where=f" — it writes {reason}")
    if ctx.language == "python" and b"debuglevel" in ctx.source.data and project_talks_to_mistral():
        yield from _debuglevel(ctx)
    if _ECHO_HINT.search(lowered(ctx.source.data)):
        for node, how in _echoes(ctx, holdings):
            if ctx.mentions_mistral or project_talks_to_mistral():
                yield ctx.finding(CODE, node.start_byte, node.end_byte,
                                  where=f" — a client's key header value is echoed back, {how}")


# Next.js middleware (`middleware.ts`, exporting `middleware`, from
# `next/server`) runs in front of every page and asset a browser asks for: its incoming headers
# are the browser's cookies and user agent, not an API client's key. Outgoing ones still count.
_NEXT_MIDDLEWARE_EXPORT = re.compile(rb"export\s+(async\s+)?function\s+middleware\b|export\s+const\s+middleware\b")


def _next_middleware(ctx) -> bool:
    name = ctx.path.replace("\\", "/").rsplit("/", 1)[-1]
    data = ctx.source.data
    return name.rsplit(".", 1)[0] == "middleware" and b"next/server" in data \
        and bool(_NEXT_MIDDLEWARE_EXPORT.search(data))


# A handler whose caller sends no key of this service's clients: a messaging platform's webhook
# (it checks the platform's signature or answers with its SDK) or a browser form uploading a file.
# Lower-cased bytes of the handler.
_NOT_API_CALL = re.compile(
    rb"twiml|messagingresponse|voiceresponse|requestvalidator|x-twilio-signature|signatureverifier|is_valid_request|"
    rb"verify_?signature|signing_?secret|"
    rb"x-slack-signature|x-hub-signature|stripe-signature|constructevent|x-telegram-bot-api-secret-token|"
    rb"svix-signature|req\.files?\b|request\.files\b|uploadfile|\.formdata\(\)")


def _not_api_call(call, memo: dict[int, bool]) -> bool:
    """The log call sits in a webhook or upload handler: its incoming headers are a platform's or
    a browser's, not an API client's that may carry a key."""
    handler = enclosing(call, FUNCTION_TYPES)
    if handler is None:
        return False
    if handler.start_byte not in memo:
        memo[handler.start_byte] = bool(_NOT_API_CALL.search((handler.text or b"").lower()))
    return memo[handler.start_byte]


def header_part(holdings: Holdings, call, incoming_ok: bool) -> str | None:
    for arg in call_args(call):
        for part in written_parts(arg):
            if holdings.key_reason(part) and not holdings.object_reason(part):
                continue  # the key itself: MK005
            if _stringified(part) and holdings.is_axios_error(part):
                continue  # `String(err)`: an axios error's toString is its message, not its config
            reason = holdings.header_reason(part, incoming_ok)
            if reason:
                return reason
    return None


def _stringified(part) -> bool:
    """`part` is the argument of JavaScript's `String(…)`."""
    args = part.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    return fn is not None and node_text(fn) == "String"


_PARAMETER_NAME = frozenset({"identifier", "required_parameter", "optional_parameter", "typed_parameter",
                             "default_parameter", "typed_default_parameter", "assignment_pattern"})


def _keyed_parameters(ctx) -> dict[tuple[int, str], ModuleFact]:
    """The parameters of this module's top-level functions that another module hands keyed
    headers or request options (`KEYED_ARGUMENT` uses): (function start, parameter) -> the use."""
    uses = ctx.project.key_uses if ctx.project is not None else {}
    wanted: dict[str, list[tuple[int, ModuleFact]]] = {}
    for key, fact in uses.items():
        name, mark, rest = key.partition(KEYED_ARGUMENT_MARK)
        if fact.kind == KEYED_ARGUMENT and mark and rest[:-1].isdigit():
            wanted.setdefault(name, []).append((int(rest[:-1]), fact))
    found: dict[tuple[int, str], ModuleFact] = {}
    if not wanted:
        return found
    for name, fn, _body in top_level_functions(ctx.root):
        params = fn.child_by_field_name("parameters")
        names = [_parameter_name(p) for p in params.named_children if p.type != "comment"] if params else []
        for position, fact in wanted.get(name, ()):
            if position < len(names) and names[position]:
                found[(fn.start_byte, names[position])] = fact
    return found


def _parameter_name(param) -> str | None:
    while param is not None and param.type != "identifier":
        if param.type not in _PARAMETER_NAME:
            return None
        param = param.child_by_field_name("pattern") or param.child_by_field_name("name") or \
            next((c for c in param.named_children if c.type == "identifier"), None)
    return node_text(param) if param is not None else None


def _handed_part(call, handed: dict[tuple[int, str], ModuleFact]) -> str | None:
    """A logged parameter (or its `.headers`) that a caller in another module fills with keyed
    headers or request options."""
    for arg in call_args(call):
        for part in written_parts(arg):
            part = unwrap(part)
            if part.type in ("member_expression", "attribute") and \
                    node_text(part.child_by_field_name("property") or part.child_by_field_name("attribute")) == "headers":
                part = unwrap(part.child_by_field_name("object"))
            if part.type != "identifier":
                continue
            scope = enclosing(part, FUNCTION_TYPES)
            while scope is not None:
                fact = handed.get((scope.start_byte, node_text(part)))
                if fact is not None:
                    what = "headers" if fact.detail == HEADERS_DETAIL else "request options"
                    return f"{node_text(part)}, the {what} with the Mistral key that {fact.path.rsplit('/', 1)[-1]} hands it"
                scope = enclosing(scope, FUNCTION_TYPES)
    return None


# What an app's error hook is handed may wrap the listener's error: grammY's `BotError.error`, Slack
# Bolt's `CodedError.original`, GraphQL's `originalError`, an `Error`'s `cause`.
_WRAPPED_ERROR = frozenset({"error", "original", "originalError", "cause"})


def _keyed_error_hooks(ctx, holdings: Holdings) -> list[tuple[str, object]]:
    """(the error's name, the hook) of the app error hooks (`bot.catch`, `app.error`,
    `setErrorHandler`, Hono's `onError`) whose app registers a listener that lets an axios error
    holding the key escape (a request of a keyed instance, or a call of an imported function that
    lets one escape), and of the Express error middlewares such an error is handed by `next(err)`."""
    project = ctx.project
    forwarded = project is not None and any(
        fact.kind == FORWARDS_ERRORS and fact.detail == KEYED_FORWARD
        for fact in (project.imported.get(FORWARDS_ERRORS), project.forwarded_errors.get(FORWARDS_ERRORS)) if fact)
    if not holdings.uses_axios and not forwarded:
        return []

    analysis = analysis_for(ctx)

    def escapes_keyed(_analysis, listener) -> bool:
        if listener.type in FUNCTION_TYPES:
            body = listener.child_by_field_name("body")
            return body is not None and any(error_escapes(c, body) for c in holdings.keyed_error_calls(body))
        return listener.type == "identifier" and node_text(listener) in holdings.keyed_error_raiser_names

    hooks = [(name, hook) for name, _body, hook in error_hooks(analysis, escapes_keyed, _KEYED_HOOK_METHODS)] \
        if holdings.uses_axios else []
    # `(err, req, res, next)` given what `next(err)` hands on: this file's routes, or those of the
    # module that mounts this middleware (or that it imports: `FORWARDS_ERRORS` with `KEYED_FORWARD`).
    if (forwarded or holdings.forwards_keyed_error) and analysis.error_middlewares:
        hooks += analysis.error_middlewares
    return hooks


# The app error hooks of `error_hooks`, and Hono's `app.onError` (its routes' errors reach it).
_KEYED_HOOK_METHODS = frozenset({"error", "catch", "setErrorHandler", "onError"})


def _hook_error_part(call, hooks: list[tuple[str, object]]) -> str | None:
    """A logged error of such a hook, or the listener's error it wraps (`err.error`)."""
    for arg in call_args(call):
        for part in written_parts(arg):
            part = unwrap(part)
            name = part
            if part.type == "member_expression" and \
                    node_text(part.child_by_field_name("property")) in _WRAPPED_ERROR:
                name = unwrap(part.child_by_field_name("object"))
            if name.type != "identifier":
                continue
            for error, hook in hooks:
                if node_text(name) == error and hook.start_byte <= call.start_byte < hook.end_byte:
                    return f"{node_text(part)}, an axios error with the key that reaches this error handler (its config holds the Authorization header)"
    return None


def _echoes(ctx, holdings: Holdings):
    """Key header values (`x-mistral-key`, `x-api-key`) put into a response."""
    leak = analysis_for(ctx)
    stack = [ctx.root]
    while stack:
        node = stack.pop()
        if node.type in _READS:
            reason = holdings.header_reason(node, incoming_ok=True)
            if reason and reason.endswith("header value"):
                body = enclosing(node, FUNCTION_TYPES) or ctx.root
                found = _echo_sink(leak, node, body)
                if found:
                    yield found
                continue
        stack.extend(node.named_children)


def _echo_sink(leak, node, body):
    found = leak.sink_of(node, body)
    if found is None:
        return None
    sink, how = found
    if how.startswith("alias:"):
        name = how[len("alias:"):]
        for ref in _refs(name, body, node.end_byte):
            inner = leak.sink_of(ref, body)
            if inner is not None and not inner[1].startswith("alias:") and _echo_counts(ref, inner):
                return ref, inner[1]
        return None
    return (node, how) if _echo_counts(node, found) else None


def _echo_counts(node, found) -> bool:
    """A bare `return req.headers["x-api-key"]` hands the value to a caller, not to the client."""
    sink, how = found
    if how == "returned to the client":
        parent = node.parent
        while parent is not None and parent.type in ("parenthesized_expression", "await", "await_expression"):
            parent = parent.parent
        return parent is not None and parent.type != "return_statement"
    return True


def _refs(name: str, body, after: int):
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier") and node_text(node) == name \
                and node.start_byte >= after:
            yield node
        stack.extend(reversed(node.named_children))


def _debuglevel(ctx) -> Iterator[Finding]:
    for index, caps in queries.matches(ctx.language, QUERY, ctx.root):
        if queries.settings(ctx.language, QUERY, index).get("sink") != "debuglevel":
            continue
        target = node_text(caps["target"][0])
        value = node_text(caps["value"][0]).strip()
        owner = target.rsplit(".", 1)[0]
        if value in ("0", "False", "None") or not _HTTP_CONNECTION.search(owner):
            continue
        statement = caps["statement"][0]
        yield ctx.finding(CODE, statement.start_byte, statement.end_byte,
                          where=" — http.client debug output prints every request header, Authorization included")


CHECKERS = (Checker(CODE, CODE_LANGUAGES, PREFILTER, check),)
