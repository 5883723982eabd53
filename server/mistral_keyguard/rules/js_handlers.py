"""MK006 in JavaScript/TypeScript: where a function is a request handler by its own shape, not
by its file.

Frameworks load many handler modules by path or by a string id, so the module imports nothing
that says "this answers requests" (a Directus endpoint extension, a Strapi controller, a Slack
Bolt listener module, a Socket.IO connection module, a Worker's `export default { fetch }`, a
TanStack Start server function). What the framework hands the handler says it instead:

- a responder parameter: the response, reply, context or socket object a handler receives
  (`(req, res)`, `(request, reply)`, `(ctx)`, `(io, socket)`), or a responder function
  destructured from its arguments (`({ command, ack, respond })`, `({ request, response })`):
  calling its answering methods answers the user;
- a function whose return value is the response: a `fetch(request, …)` method of an object (a
  module Worker, Deno and Bun servers), or a function handed to a server-function builder
  (`createServerFn(…).handler(fn)`, `server$(fn)`, `onCall(fn)`): what it returns goes back to
  the browser or app that called it.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.prefilter import contains_any, swept_set
from mistral_keyguard.project import REACHES_MISTRAL
from mistral_keyguard.sinks import FUNCTION_TYPES

# Parameters a framework hands a handler to answer with.
_REQUEST_PARAM = re.compile(r"^_?(req|request)$")
_RESPONSE_PARAM = re.compile(r"^_?(res|response|reply|resp|h)$")
# Objects that stand for the exchange itself (Koa, Strapi, Egg, AdonisJS's HttpContext, Telegraf,
# grammY, Bot Framework's TurnContext) or the client's connection (Socket.IO, ws).
_CONTEXT_PARAM = re.compile(r"^(ctx|context|turnContext)$")
_SOCKET_PARAM = re.compile(r"^(socket|ws|websocket|connection)$")
# Answering functions a framework destructures into a listener's arguments (Slack Bolt's `respond`
# and `say`); positional ones are too often the program's own callbacks (a text-to-speech `say`).
_RESPONDER_FUNCTIONS = frozenset({"respond", "say", "reply"})
_SOCKET_METHODS = frozenset({"emit", "send", "write"})
# A Socket.IO event handler's last argument, the client's acknowledgement callback
# (`socket.on("ask", async (q, ack) => …)`), and the Web API client Bolt hands a listener.
_ACK_NAMES = frozenset({"ack", "callback", "cb", "reply"})
_SLACK_POSTS = frozenset({"postMessage", "postEphemeral", "update"})
# The answering methods of those objects: sending (Bot Framework's turn context posts into the
# user's chat with `sendActivity`: a framework-specific name), and the HTTP-error helpers (Strapi's and
# fastify-sensible's `badRequest(…)`, AdonisJS's `response.badGateway(…)`), whose message is the body.
HTTP_ERROR_HELPERS = (r"badRequest|unauthorized|forbidden|notFound|methodNotAllowed|notAcceptable|conflict|gone|"
                      r"preconditionFailed|unprocessableEntity|badData|tooManyRequests|internalServerError|"
                      r"notImplemented|badGateway|serviceUnavailable|serverUnavailable|gatewayTimeout")
_ANSWERING_METHOD = re.compile(
    r"^(json|send|jsonp|end|write|render|text|html|body|reply|reply_text|replyWithMarkdown|replyWithHTML|"
    r"respond|say|answer|emit|sendActivity|sendActivities|updateActivity|" + HTTP_ERROR_HELPERS + r")$")
# Thrown HTTP errors whose message a framework writes into the response body: http-errors'
# `createError.BadGateway(…)` and LoopBack's `HttpErrors.BadGateway(…)`, Feathers' `errors.BadRequest`,
# routing-controllers' `BadRequestError`, Boom's `Boom.badGateway(…)`.
_HTTP_ERROR_CLASS = re.compile(
    r"^(\w+\.)?(BadRequest|Unauthorized|Forbidden|NotFound|MethodNotAllowed|NotAcceptable|Conflict|Gone|"
    r"PreconditionFailed|UnprocessableEntity|TooManyRequests|InternalServerError|NotImplemented|BadGateway|"
    r"ServiceUnavailable|GatewayTimeout|GeneralError)(Error)?$|^Boom\.(" + HTTP_ERROR_HELPERS + r")$")
# Builders whose handler's return value is serialised to the caller: TanStack Start's server
# functions, Qwik's and SolidStart's `server$`, Firebase callables, zsa and next-safe-action.
_SERVER_FUNCTION_BUILDERS = re.compile(
    r"^(createServerFn|server\$|onCall|createServerAction|createServerActionProcedure|actionClient|"
    r"createSafeActionClient|defineAction|routeAction\$|routeLoader\$|globalAction\$|"
    # tRPC's procedures (`publicProcedure.input(schema).mutation(fn)`), in a router module that
    # imports its procedures from the project's own `trpc` module rather than `@trpc/server`.
    r"[a-z]\w*Procedure|procedure)$")
# Builders given an options object whose `handler` the client calls: Convex's functions
# (`mutation({ args, handler })`); by these generic names only in that form. Convex's
# `internalAction` and the like are callable only by the project's own functions: not these.
_HANDLER_OPTION_BUILDERS = re.compile(r"^(mutation|action|query)$")
_RESOLVER_SECTIONS = frozenset({"Query", "Mutation", "Subscription"})
_ROUTE_DECORATOR = re.compile(r"^(Get|Post|Put|Patch|Delete|All|http(Get|Post|Put|Patch|Delete)|SubscribeMessage)$")
_MAX_DECORATORS = 8
_MAX_CLIMB = 12  # enclosing functions looked at (handlers nest callbacks, not dozens of levels)
_MAX_CHAIN = 16  # links of a builder's method chain


def responder_call(call: ts.Node, callee_text: str) -> str | None:
    """How `call` answers the user when its callee is, or is a method chain on, a responder a
    handler was handed (None when it is not)."""
    text = callee_text.replace("?.", ".")
    root = re.split(r"[.(\[]", text, maxsplit=1)[0]
    if not root:
        return None
    fn, params = _binding_function(call, root)
    if fn is None:
        return None
    if root == text:  # a bare function: a responder destructured from the handler's arguments
        if root in _RESPONDER_FUNCTIONS and params.get(root) == "destructured":
            return f"sent to the user by {root}(…), the responder the framework hands this handler"
        if root in _ACK_NAMES and params.get(root) == "positional" and _socket_event_handler(fn):
            return f"sent to the connected client by {root}(…), the event's acknowledgement"
        if root in ("callback", "cb") and _lambda_callback(params, root):
            return f"returned to the caller by {root}(…), the Lambda handler's callback"
        return None
    method = last_segment(text)
    if root == "client" and params.get(root) == "destructured" and method in _SLACK_POSTS:
        return f"posted to the user's conversation by {text}(…)"
    if not _ANSWERING_METHOD.match(method):
        return None
    if _SOCKET_PARAM.match(root):
        return f"sent to the connected client by {text}(…)" if method in _SOCKET_METHODS else None
    if _RESPONSE_PARAM.match(root) and (params.get(root) == "destructured" or _after_request(params, root)):
        return f"sent to the client by {text}(…)"
    if _CONTEXT_PARAM.match(root):
        return f"sent to the user by {text}(…), on the context the framework hands this handler"
    return None


# What a response helper's body does with the response it is handed: write into it.
_WRITES_RESPONSE = re.compile(rb"\.(end|json|send|write|writeHead|status)\(")
_MAX_HELPER_BYTES = 4000
# Names of response helpers (polka's `send`, `sendJson`, `respond`, `replyError`, `json`).
_SENDER_NAME = re.compile(r"^(send|respond|reply|json|write)|(Send|Respond|Reply|Json|JSON)")


def response_helper_call(call: ts.Node, callee_text: str, argument: ts.Node | None, root: ts.Node) -> str | None:
    """`send(res, 502, { error })` (polka's `@polka/send`, a local `sendJson(res, code, data)`):
    a bare function handed the handler's response object along with the value writes the value
    into the response. A helper of this file must write into a response (`res.end(…)`); one that
    only logs does not count."""
    if argument is None or not callee_text.isidentifier() or _caught_error(argument):
        return None  # the error handed whole: what the helper does with it decides (`error_senders`)
    args = call.child_by_field_name("arguments")
    responder = next((a for a in (args.named_children if args is not None else ())
                      if a is not argument and a.type == "identifier" and _RESPONSE_PARAM.match(node_text(a))), None)
    if responder is None:
        return None
    fn, params = _binding_function(call, node_text(responder))
    if fn is None or not (params.get(node_text(responder)) == "destructured" or
                          _after_request(params, node_text(responder))):
        return None
    local = _local_function(root, callee_text)
    if local is not None and not _WRITES_RESPONSE.search((local.text or b"")[:_MAX_HELPER_BYTES]):
        return None
    if local is None and not _SENDER_NAME.search(callee_text):
        return None  # an imported helper whose body is not seen here: only by a sender's name
    return f"sent to the client by {callee_text}({node_text(responder)}, …), which writes it into the response"


def _caught_error(argument: ts.Node) -> bool:
    """`err` (or `err as Error`) of the nearest `catch (err)` or function parameter: the error itself."""
    while argument.type in ("as_expression", "parenthesized_expression", "non_null_expression") \
            and argument.named_children:
        argument = argument.named_children[0]
    if argument.type != "identifier":
        return False
    name, node = node_text(argument), argument.parent
    while node is not None:
        if node.type == "catch_clause":
            param = node.child_by_field_name("parameter")
            if param is not None and node_text(param) == name:
                return True
        if node.type in FUNCTION_TYPES:
            return name in _parameters(node)
        node = node.parent
    return False


def _local_function(root: ts.Node, name: str) -> ts.Node | None:
    """The top-level function (or arrow bound to a top-level const) of this file named `name`."""
    for node in root.named_children:
        if node.type == "export_statement" and node.named_children:
            node = node.named_children[0]
        if node.type == "function_declaration" and node_text(node.child_by_field_name("name")) == name:
            return node
        if node.type in ("lexical_declaration", "variable_declaration"):
            for declarator in node.named_children:
                value = declarator.child_by_field_name("value")
                if node_text(declarator.child_by_field_name("name")) == name and value is not None \
                        and value.type in FUNCTION_TYPES:
                    return value
    return None


def handed_parameter(node: ts.Node, name: str) -> bool:
    """`name` is a parameter of a function around `node`: the context a router hands its handler
    (`router.post("/", async (ctx) => { … ctx.body = … })` in a module given the router)."""
    return _binding_function(node, name)[0] is not None


def http_error_class(callee_text: str) -> bool:
    """`HttpErrors.BadGateway`, `createError.NotFound`, `Boom.badGateway`: an HTTP error whose
    message is the response body where a handler throws it."""
    return bool(_HTTP_ERROR_CLASS.match(callee_text))


def in_handler(node: ts.Node) -> bool:
    """`node` is inside a function that answers a request by its shape: `(req, res)`, `(request,
    reply)`, a `fetch(request, …)` method, a server function's handler."""
    fn, climbed = node.parent, 0
    while fn is not None and climbed < _MAX_CLIMB:
        if fn.type in FUNCTION_TYPES:
            climbed += 1
            if returns_response(fn) or _request_response_pair(_parameters(fn)):
                return True
        fn = fn.parent
    return False


def returns_response(fn: ts.Node) -> bool:
    """What `fn` returns is the answer: a `fetch(request, …)` method of an object, a function
    handed to a server-function builder, a function marked `"use server"` in its own body (an
    inline server action: Next.js, SolidStart), a resolver of a GraphQL resolver map."""
    return _fetch_method(fn) or _server_function(fn) or _inline_server_action(fn) or resolver_map_member(fn) \
        or _route_method(fn)


def _route_method(fn: ts.Node) -> bool:
    """A class method decorated as a route (`@Post("/")` in NestJS, routing-controllers, tsed or
    Midway; inversify's `@httpPost("/")`; a Nest gateway's `@SubscribeMessage`): the framework
    sends what it returns, in whatever module the controller class stands."""
    if fn.type != "method_definition":
        return False
    node = fn.prev_named_sibling
    for _ in range(_MAX_DECORATORS):
        if node is None or node.type != "decorator":
            return False
        call = node.named_children[0] if node.named_children else None
        callee = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
        if callee is not None and _ROUTE_DECORATOR.match(node_text(callee)):
            return True
        node = node.prev_named_sibling
    return False


def _inline_server_action(fn: ts.Node) -> bool:
    body = fn.child_by_field_name("body")
    first = next((c for c in body.named_children if c.type != "comment"), None) \
        if body is not None and body.type == "statement_block" else None
    string = first.named_children[0] if first is not None and first.type == "expression_statement" \
        and first.named_children else None
    return string is not None and string.type == "string" and node_text(string)[1:-1] == "use server"


def resolver_map_member(fn: ts.Node) -> bool:
    """`{ Mutation: { summarize: async (_, { text }) => … } }`: a resolver of a resolver map
    (Apollo, GraphQL Yoga, Mercurius), whose return value and thrown message go to the client,
    also in a module that imports no GraphQL server."""
    member = fn.parent if fn.parent is not None and fn.parent.type == "pair" else fn
    section = member.parent.parent if member.parent is not None and member.parent.type == "object" else None
    key = section.child_by_field_name("key") if section is not None and section.type == "pair" else None
    return key is not None and node_text(key).strip("'\"") in _RESOLVER_SECTIONS


def _fetch_method(fn: ts.Node) -> bool:
    """`export default { async fetch(request, env) { … } }`, `{ fetch: (req) => … }`: a module
    Worker's (Deno's, Bun's) request handler; and a route's `handler:` taking the request (Azure
    Functions v4's `app.http(name, { handler: async (request, context) => … })`, hapi's and
    Fastify's route options), whose return value is the response."""
    if fn.type == "method_definition":
        name, owner = fn.child_by_field_name("name"), fn.parent
    elif fn.parent is not None and fn.parent.type == "pair":
        name, owner = fn.parent.child_by_field_name("key"), fn.parent.parent
    else:
        return False
    if name is None or node_text(name) not in ("fetch", "handler") or owner is None or owner.type != "object":
        return False
    params = list(_parameters(fn))
    return bool(params) and bool(_REQUEST_PARAM.match(params[0]))


def _server_function(fn: ts.Node) -> bool:
    """`createServerFn({ method: "POST" }).validator(v).handler(async ({ data }) => …)`,
    `server$(async () => …)`, `functions.https.onCall(async (data) => …)`, Convex's
    `mutation({ args, handler: async (ctx, args) => … })`: `fn` is an argument of a call (or the
    `handler` of an object argument) whose chain names a builder."""
    argument, builders = fn, _SERVER_FUNCTION_BUILDERS
    pair = fn.parent
    if pair is not None and pair.type == "pair":
        key = pair.child_by_field_name("key")
        if key is None or node_text(key) != "handler" or pair.parent is None or pair.parent.type != "object":
            return False
        argument, builders = pair.parent, _HANDLER_OPTION_BUILDERS
    holder = argument.parent
    call = holder.parent if holder is not None and holder.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return False
    callee = call.child_by_field_name("function")
    for _ in range(_MAX_CHAIN):
        if callee is None:
            return False
        if callee.type == "identifier":
            return bool(builders.match(node_text(callee)))
        if callee.type == "member_expression":
            if builders.match(node_text(callee.child_by_field_name("property"))):
                return True
            callee = callee.child_by_field_name("object")
        elif callee.type == "call_expression":
            callee = callee.child_by_field_name("function")
        else:
            return False
    return False


def _lambda_callback(params: dict[str, str], name: str) -> bool:
    """`(event, context, callback)`: an AWS Lambda (or Netlify) handler's callback is its response."""
    names = [n for n, how in params.items() if how == "positional"]
    return len(names) == 3 and names[2] == name and names[0].lstrip("_") == "event" \
        and names[1].lstrip("_") in ("context", "ctx")


def _socket_event_handler(fn: ts.Node) -> bool:
    """`fn` is handed to `socket.on(…)` (or `ws.on`, `connection.on`): an event of a client."""
    args = fn.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    callee = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    if callee is None or callee.type != "member_expression":
        return False
    receiver, method = callee.child_by_field_name("object"), node_text(callee.child_by_field_name("property"))
    return method in ("on", "once") and receiver is not None and bool(_SOCKET_PARAM.match(last_segment(node_text(receiver))))


def _binding_function(node: ts.Node, name: str) -> tuple[ts.Node | None, dict[str, str]]:
    """The nearest enclosing function that has `name` among its parameters, with its parameters
    (name -> "positional" or "destructured")."""
    fn, climbed = node.parent, 0
    while fn is not None and climbed < _MAX_CLIMB:
        if fn.type in FUNCTION_TYPES:
            climbed += 1
            params = _parameters(fn)
            if name in params:
                return fn, params
        fn = fn.parent
    return None, {}


def _parameters(fn: ts.Node) -> dict[str, str]:
    """A function's parameter names in order (name -> "positional"), and the fields it
    destructures from an object parameter (name -> "destructured")."""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return {}
    if params.type == "identifier":
        return {node_text(params): "positional"}
    out: dict[str, str] = {}
    for param in params.named_children:
        target = param.child_by_field_name("pattern") or param.child_by_field_name("left") \
            or param.child_by_field_name("name") or param
        if target.type == "assignment_pattern":
            target = target.child_by_field_name("left") or target
        if target.type == "identifier":
            out[node_text(target)] = "positional"
        elif target.type == "object_pattern":
            for field in target.named_children:
                local = field if field.type == "shorthand_property_identifier_pattern" else \
                    field.child_by_field_name("value") if field.type == "pair_pattern" else \
                    field.child_by_field_name("left") if field.type == "object_assignment_pattern" else None
                if local is not None and local.type in ("identifier", "shorthand_property_identifier_pattern"):
                    out.setdefault(node_text(local), "destructured")
    return out


def _after_request(params: dict[str, str], name: str) -> bool:
    """`name` comes right after a request parameter: `(req, res)`, `(request, reply)`, `(request, h)`."""
    names = [n for n, how in params.items() if how == "positional"]
    at = names.index(name) if name in names else -1
    return at > 0 and bool(_REQUEST_PARAM.match(names[at - 1]))


def _request_response_pair(params: dict[str, str]) -> bool:
    """`(req, res)`, `(request, reply)`, `(request, h)`; Azure Functions v3's `(context, req)`,
    whose `context.res` is the response."""
    names = [n for n, how in params.items() if how == "positional"]
    if len(names) >= 2 and names[0] == "context" and _REQUEST_PARAM.match(names[1]):
        return True
    return any(_RESPONSE_PARAM.match(name) and _after_request(params, name) for name in params)


# -- app-level error hooks --------------------------------------------------------------------

# An app's (or bot's) own error hook, given what its listeners and routes let escape: Slack
# Bolt's `app.error(…)`, Telegraf's and grammY's `bot.catch(…)`, Fastify's `setErrorHandler(…)`.
_ERROR_HOOK_METHODS = frozenset({"error", "catch", "setErrorHandler"})
_ERROR_HOOK_NEEDLES = swept_set(b".error(", b".catch(", b"setErrorHandler(")
# Slack's and Mattermost's slash commands and interactions carry a `response_url`: what is posted
# to it is shown in the user's conversation.
_REPLY_URL = re.compile(r"(^|\.)response_url$|(^|\.)responseUrl$")
_POSTING = frozenset({"post", "put", "fetch", "request"})


def error_hooks(analysis, escapes=None, methods: frozenset[str] = _ERROR_HOOK_METHODS) -> list[tuple[str, ts.Node, ts.Node]]:
    """(the error's name, the hook's body, the hook) of each `R.error(fn)`, `R.catch(fn)`,
    `R.setErrorHandler(fn)` whose receiver `R` also registers a listener or route (`R.command(…,
    fn)`, `R.post(…, fn)`) that lets a Mistral error escape (`escapes(analysis, listener)`, by
    default `_escapes`; `methods`, the hooks' method names). A promise's `.catch` registers nothing."""
    escapes = escapes or _escapes
    data = analysis.ctx.source.data
    if analysis.language not in ECMA_LANGUAGES or not contains_any(data, _ERROR_HOOK_NEEDLES):
        return []
    hooks: dict[str, list[ts.Node]] = {}
    registrations: dict[str, list[ts.Node]] = {}
    for call in analysis.call_nodes:
        fn, args = call.child_by_field_name("function"), call.child_by_field_name("arguments")
        receiver = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        if receiver is None or receiver.type != "identifier" or args is None:
            continue
        method = node_text(fn.child_by_field_name("property"))
        if method in methods:
            hooks.setdefault(node_text(receiver), []).extend(a for a in args.named_children if a.type in FUNCTION_TYPES)
        else:
            registrations.setdefault(node_text(receiver), []).extend(args.named_children)
    out = []
    for owner, functions in hooks.items():
        if not any(escapes(analysis, listener) for listener in registrations.get(owner, ())):
            continue
        for hook in functions:
            name, body = _error_parameter(hook), hook.child_by_field_name("body")
            if name and body is not None:
                out.append((name, body, hook))
    return out


def _escapes(analysis, listener: ts.Node) -> bool:
    """A listener that lets a Mistral error escape: a function written in place, or named (this
    file's function, or one imported whose summary says it lets the error escape)."""
    if listener.type in FUNCTION_TYPES:
        body = listener.child_by_field_name("body")
        return body is not None and analysis._uncaught_call(body) is not None
    if listener.type != "identifier":
        return False
    name = node_text(listener)
    fact = analysis._imported_facts.get(name)
    if fact is not None:
        return fact.kind == REACHES_MISTRAL
    return any(analysis._uncaught_call(body) is not None for body in analysis._function_bodies.get(name, ())[:4])


def _error_parameter(hook: ts.Node) -> str | None:
    """The error's name: the first parameter, or `error`/`err` destructured from it (Bolt's
    `({ error, body })`)."""
    params = _parameters(hook)
    first = next(iter(params), None)
    if first is None:
        return None
    if params[first] == "positional":
        return first
    return next((n for n in ("error", "err", "e") if params.get(n) == "destructured"), None)


def reply_url_post(call: ts.Node, callee_text: str) -> str | None:
    """`axios.post(body.response_url, { text: … })`, `fetch(command.response_url, …)`: posted
    into the user's Slack (or Mattermost) conversation."""
    if last_segment(callee_text) not in _POSTING:
        return None
    args = call.child_by_field_name("arguments")
    first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
    if first is None or first.type not in ("member_expression", "identifier"):
        return None
    text = node_text(first).replace("?.", ".")
    return "posted to the conversation's response_url (shown to the user)" if _REPLY_URL.search(text) else None
