"""Request headers and request options that carry a key: incoming requests' headers, outgoing
clients' auth headers (MK004)."""

from __future__ import annotations

import re
from functools import cached_property

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text, typed_parameters
from mistral_keyguard.holdings.base import (
    CONTEXT_NAME,
    HEADERS_NAME,
    MAX_BINDINGS,
    OTHER_VENDOR,
    REQUEST_NAME,
    RESPONSE_NAME,
    WHOLE_REQUEST,
    AUTH_HEADER,
    KEY_HEADERS,
    string_value,
)
from mistral_keyguard.holdings.hooks import HookFacts
from mistral_keyguard.project import (
    HANDED_DETAIL, HEADERS_DETAIL, KEYED_CLIENT, KEYED_FACTORY, KEYED_HEADERS, MISTRAL_ENDPOINT, OPTIONS_DETAIL,
    RETURNS_HEADERS, RETURNS_HOLDER, SENT_DETAIL, ModuleFact,
)
from mistral_keyguard.sinks import FUNCTION_TYPES, PASS_THROUGH, call_args, enclosing, unwrap


_HTTP_CLIENT_CLASS = re.compile(r"(^|\.)(Client|AsyncClient|Session|ClientSession)$")
_MISTRAL_WORD = re.compile(r"(?i)mistral")
_MISTRAL_HOST = re.compile(r"(?i)(?<![\w.-])(api|codestral)\.mistral\.ai\b")
_INSTANCE_FACTORY = re.compile(r"\.(create|extend)$")  # `axios.create`, `ky.create`, `ky.extend`
_MAX_SENT_NODES = 4000  # the nodes of one function looked at for requests to Mistral
# What a Feathers hook is handed (`context`, v4's `hook`): its `params.headers` are the request's.
_HOOK_CONTEXT = re.compile(r"^(ctx|context|hook|hookContext)$")


_MAX_STATEMENTS = 256


def _statements_in(scope: ts.Node):
    """The expression statements' calls and assignments directly in `scope`'s blocks (not in
    nested functions), bounded."""
    stack, seen = [scope], 0
    while stack and seen < _MAX_STATEMENTS:
        node = stack.pop()
        seen += 1
        if node.type == "expression_statement" and node.named_children:
            yield node.named_children[0]
        elif node is scope or node.type not in FUNCTION_TYPES and node.type != "class_definition":
            stack.extend(node.named_children)


def _hands_a_key(call: ts.Node) -> bool:
    """A call of a generic headers builder (`HANDED_DETAIL`) given a value that is not another
    vendor's token (`buildHeaders(apiKey)`, not `buildHeaders(githubToken)`)."""
    args = call_args(call)
    return bool(args) and not any(OTHER_VENDOR.search(node_text(arg)) for arg in args)


def _scope_start(node: ts.Node) -> int:
    scope = enclosing(node, FUNCTION_TYPES)
    return scope.start_byte if scope is not None else -1


def _pattern_elements(pattern: ts.Node) -> list[tuple[int, str]]:
    """(position, name) of the plain names of an array or tuple pattern (`[, init]` skips one)."""
    out, position = [], 0
    for child in pattern.children:
        if child.type == ",":
            position += 1
        elif child.type == "identifier":
            out.append((position, node_text(child)))
    return out


def _built_reason(fact: ModuleFact) -> str:
    what = "headers with" if fact.detail == HEADERS_DETAIL else "request options whose headers carry"
    return f"{what} an Authorization value (built in {fact.path.rsplit('/', 1)[-1]})"


def _visible_from(name_node: ts.Node, node: ts.Node) -> bool:
    """A binding made at the top level or in a function that encloses `node`."""
    scope = enclosing(name_node, FUNCTION_TYPES)
    return scope is None or scope.start_byte <= node.start_byte < scope.end_byte


def _chain_root(obj: ts.Node) -> ts.Node | None:
    """The identifier a chain of plain fields starts from (`ctx` of `ctx.options`), None when a
    field on the way names a response (`ctx.response`) or the chain is not plain fields."""
    while obj.type in ("attribute", "member_expression"):
        field = obj.child_by_field_name("attribute") or obj.child_by_field_name("property")
        if field is None or RESPONSE_NAME.search(node_text(field)) or field.type not in (
                "identifier", "property_identifier"):
            return None
        obj = unwrap(obj.child_by_field_name("object"))
    return obj if obj.type == "identifier" and node_text(obj) not in ("self", "cls") else None


class HeaderFacts(HookFacts):

    def header_reason(self, node: ts.Node, incoming_ok: bool, depth: int = 0) -> str | None:
        """Why `node` shows request headers that carry a key (None when it does not)."""
        if depth > 5:
            return None
        memo = (node.start_byte, node.end_byte, node.type, incoming_ok)
        if memo not in self._header_memo:
            self._header_memo[memo] = None
            self._header_memo[memo] = self._header_reason(node, incoming_ok, depth)
        return self._header_memo[memo]

    def _header_reason(self, node: ts.Node, incoming_ok: bool, depth: int) -> str | None:
        node = unwrap(node)
        kind = node.type
        text = node_text(node).replace("?.", ".")
        if kind in ("call", "call_expression"):
            fn = node.child_by_field_name("function")
            args = call_args(node)
            if fn is not None and fn.type in ("attribute", "member_expression"):
                method = node_text(fn.child_by_field_name("attribute") or fn.child_by_field_name("property"))
                obj = fn.child_by_field_name("object")
                if method in ("items", "copy", "raw", "entries", "toJSON", "getHeaders", "get_all", "keys") and obj is not None:
                    if method == "getHeaders":
                        return self._headers_of(obj, incoming_ok, node)
                    if method == "keys":
                        return None
                    return self.header_reason(obj, incoming_ok, depth + 1)
                if method in ("get", "getheader", "get_header", "header") and args:
                    return self._header_value(obj, args[0], incoming_ok, node)
                if method in ("header", "headers") and not args and obj is not None:
                    return self._headers_of(obj, incoming_ok, node)  # Hono: c.req.header()
            if fn is not None and (node_text(fn) in PASS_THROUGH or last_segment(node_text(fn)) in ("dumps", "stringify")) and args:
                return self.header_reason(args[0], incoming_ok, depth + 1)
            if fn is not None and node_text(fn) in ("req.get", "req.header", "request.get", "request.header") and args:
                return self._header_value(fn.child_by_field_name("object"), args[0], incoming_ok, node)
            return self._imported_auth_headers(node)
        if kind in ("attribute", "member_expression"):
            field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
            obj = node.child_by_field_name("object")
            name = node_text(field) if field is not None else ""
            built = self._built_field(obj, name) if self._field_builders and obj is not None else None
            if built:
                return f"{text}, {built}"
            reason = self._instance_headers(obj, name) if obj is not None else None
            if reason:
                return f"{text}, {reason}"
            if name in ("headers", "rawHeaders", "META", "_headers", "all_headers") and obj is not None:
                return self._headers_of(obj, incoming_ok, node)
            if name.lower().replace("_", "-") in ("x-api-key", "authorization") and obj is not None \
                    and last_segment(node_text(obj)) == "headers":
                return self._header_value(unwrap(obj).child_by_field_name("object"), field, incoming_ok, node)
            if self.mistral_file and name.lower() not in ("headers",) and \
                    any(self.auth_container(c) for c in self.containers(node)):
                return f"{text}, headers with an Authorization value"
            if name == "config" and obj is not None and self._is_axios_thing(obj):
                return f"{text}, the axios request config with the Authorization header"
            if name in ("request", "response") and obj is not None and unwrap(obj).type == "identifier" \
                    and self.is_axios_error(unwrap(obj)):
                return f"{text}, part of an axios error that holds the request config and its headers"
        if kind in ("subscript", "subscript_expression"):
            obj = node.child_by_field_name("value") or node.child_by_field_name("object")
            index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
            built = self._built_field(obj, string_value(self.flow, index) or "") \
                if self._field_builders and obj is not None and index is not None else None
            if built:
                return f"{text}, {built}"
            if obj is not None and index is not None and string_value(self.flow, index) in (
                    "headers", "multiValueHeaders"):
                return self._headers_of(obj, incoming_ok, node)  # a Lambda event["headers"]
            if obj is not None and index is not None and last_segment(node_text(obj)) in ("headers", "META"):
                return self._header_value(unwrap(obj).child_by_field_name("object"), index, incoming_ok, node)
        if kind in ("identifier", "shorthand_property_identifier"):
            return self._identifier_headers(node, text, incoming_ok, depth)
        return None

    def outgoing_key_headers(self, headers: ts.Node) -> str | None:
        headers = unwrap(headers)
        owner = headers.child_by_field_name("object") if headers.type in ("attribute", "member_expression") else None
        if owner is None or REQUEST_NAME.search(node_text(owner)) or CONTEXT_NAME.match(node_text(owner)):
            return None  # a dict's entries are a holder's (MK005); a request's header value stays MK004's
        return self.header_reason(headers, incoming_ok=False)

    def _identifier_headers(self, node: ts.Node, name: str, incoming_ok: bool, depth: int) -> str | None:
        if self._field_builders and not self.flow.by_name.get(name):
            built = self._destructured_field(node)
            if built:
                return f"{name}, {built}"
        fact = self.imported.get(name)
        if fact is not None and fact.kind == KEYED_HEADERS and not self.flow.by_name.get(name):
            what = "request options whose headers carry" if fact.detail == OPTIONS_DETAIL else "headers with"
            return f"{name}, {what} an Authorization value (built in {fact.path})"
        if self.is_axios_config_param(node):
            return f"{name}, the axios request config with the Authorization header"
        if self.is_axios_error(node):
            return f"{name}, an axios error (its config holds the Authorization header)"
        if self.ecma and incoming_ok and WHOLE_REQUEST.match(name) and self._binding_function(node) is not None:
            # Node prints an IncomingMessage or a fetch Request with every header.
            return f"{name}, the whole incoming request with its headers"
        if len(self.flow.by_name.get(name, ())) > MAX_BINDINGS:
            return None
        for binding in self.flow.by_name.get(name, ()):
            if binding.name_node == node or not _visible_from(binding.name_node, node):
                continue  # `headers` of another function
            reason = self.header_reason(binding.value, incoming_ok, depth + 1)
            if reason:
                return f"{name} ({reason})"
        for container in self._scoped_containers(node) if self._auth_helpers else ():
            headers = self.member_value(container, "headers")  # `{ method: 'POST', headers: authHeaders() }`
            reason = self._imported_auth_headers(headers) if headers is not None else None
            if reason:
                return f"{name}, request options whose {reason}"
        if not self.mistral_file:
            return None
        for container in self.containers(node):
            if self.auth_container(container):
                return f"{name}, headers with an Authorization value"
        for container in self._scoped_containers(node):
            headers = self.member_value(container, "headers")
            if headers is not None and (any(self.auth_container(c) for c in self.containers(headers))
                                        or self.header_reason(headers, incoming_ok, depth + 1)):
                return f"{name}, request options with an Authorization header"
        if HEADERS_NAME.search(name) and re.search(rb"Authorization|Bearer", self.root.text or b"") and \
                self._built_elsewhere(name):
            return f"{name}, request headers built with the Authorization value"
        for binding in self.flow.by_name.get(name, ()):
            value = unwrap(binding.value)
            if value.type == "new_expression" and node_text(value.child_by_field_name("constructor")) == "Headers":
                args = value.child_by_field_name("arguments")
                first = args.named_children[0] if args is not None and args.named_children else None
                if first is not None and any(self.auth_container(c) for c in self.containers(first)):
                    return f"{name}, headers with an Authorization value"
        return None

    @cached_property
    def _field_builders(self) -> dict[str, ModuleFact]:
        """Imported functions returning an object with a field of keyed headers or request options,
        by `name.().field` (`buildRequest()` giving `{ url, options }`)."""
        return {name: fact for name, fact in self.imported.items()
                if fact.kind == RETURNS_HEADERS and KEYED_FACTORY + "." in name}

    def _field_fact(self, value: ts.Node, field: str) -> ModuleFact | None:
        value = unwrap(value)  # `await` too
        if value.type not in ("call", "call_expression"):
            return None
        return self._field_builders.get(f"{node_text(value.child_by_field_name('function'))}{KEYED_FACTORY}.{field}")

    def _built_field(self, obj: ts.Node, field: str) -> str | None:
        """`buildRequest(body).options`, `req.options` / `req["options"]` with `req = buildRequest(body)`."""
        obj = unwrap(obj)
        values = [obj] if obj.type != "identifier" else [
            b.value for b in self.flow.by_name.get(node_text(obj), ())[:MAX_BINDINGS]
            if b.name_node != obj and _visible_from(b.name_node, obj)]
        fact = next(filter(None, (self._field_fact(v, field) for v in values)), None)
        return _built_reason(fact) if fact is not None else None

    def _destructured_field(self, node: ts.Node) -> str | None:
        """`options` of `const { url, options } = buildRequest(body)` (or `{ options: init }`)."""
        name = node_text(node)
        scope = enclosing(node, FUNCTION_TYPES)
        while True:
            fact = self._destructured.get((scope.start_byte if scope is not None else -1, name))
            if fact is not None:
                return _built_reason(fact)
            if scope is None:
                return None
            scope = enclosing(scope, FUNCTION_TYPES)

    @cached_property
    def _destructured(self) -> dict[tuple[int, str], ModuleFact]:
        """(the start of the enclosing function or -1, local name) -> the fact of the field it takes
        from a call of such a function: one walk of the file."""
        out: dict[tuple[int, str], ModuleFact] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            pattern = node.child_by_field_name("name") if node.type == "variable_declarator" else \
                node.child_by_field_name("left") if node.type == "assignment" else None
            value = node.child_by_field_name("value") or node.child_by_field_name("right")
            if pattern is None or value is None:
                continue
            if pattern.type in ("array_pattern", "pattern_list", "tuple_pattern"):
                for position, local in _pattern_elements(pattern):  # `url, headers = build_request()`
                    fact = self._field_fact(value, f"[{position}]")
                    if fact is not None:
                        out[(_scope_start(node), local)] = fact
                continue
            if pattern.type != "object_pattern":
                continue
            for entry in pattern.named_children:
                if entry.type == "shorthand_property_identifier_pattern":
                    field, local = node_text(entry), node_text(entry)
                elif entry.type == "pair_pattern" and entry.child_by_field_name("value") is not None \
                        and entry.child_by_field_name("value").type == "identifier":
                    field, local = node_text(entry.child_by_field_name("key")), node_text(entry.child_by_field_name("value"))
                else:
                    continue
                fact = self._field_fact(value, field)
                if fact is not None:
                    out[(_scope_start(node), local)] = fact
        return out

    def _scoped_containers(self, node: ts.Node) -> list[ts.Node]:
        """The literals a name may hold, from its bindings in the same function or at the top
        level (`opts` of this function, not another's)."""
        scope = _scope_start(node)
        return [container for binding in self.flow.by_name.get(node_text(node), ())[:MAX_BINDINGS]
                if binding.name_node != node and _scope_start(binding.name_node) in (scope, -1)
                for container in self.containers(binding.value)]

    def _imported_auth_headers(self, node: ts.Node) -> str | None:
        """A call of an imported function returning headers with an Authorization (or API-key)
        value (`authHeaders()`, `RETURNS_HOLDER` naming such a field)."""
        node = unwrap(node)
        if not self._header_helpers or node.type not in ("call", "call_expression"):
            return None
        fact = self._header_helpers.get(node_text(node.child_by_field_name("function")))
        if fact is None or fact.detail == HANDED_DETAIL and not _hands_a_key(node) \
                or fact.detail == SENT_DETAIL and not self._sent_to_mistral(node):
            return None
        if fact.detail == OPTIONS_DETAIL:
            return f"request options {node_text(node)} whose headers carry an Authorization value (built in {fact.path})"
        return f"headers {node_text(node)} with an Authorization value (built in {fact.path})"

    def _sent_to_mistral(self, call: ts.Node) -> bool:
        """The result of `call` (or the name it is bound to) is handed to a request whose URL is on
        api.mistral.ai in the same function: `headers = authHeaders()` then `fetch(MISTRAL_URL, {
        headers })`, `requests.post(MISTRAL_URL, headers=headers)`."""
        holder = call.parent
        while holder is not None and holder.type in ("await_expression", "await", "parenthesized_expression"):
            holder = holder.parent
        bound = holder.child_by_field_name("name") if holder is not None and holder.type == "variable_declarator" \
            else holder.child_by_field_name("left") if holder is not None and holder.type in ("assignment", "assignment_expression") \
            else None
        wanted = {node_text(call)} | ({node_text(bound)} if bound is not None and bound.type == "identifier" else set())
        scope = enclosing(call, FUNCTION_TYPES) or self.root
        return not wanted.isdisjoint(self._sent_in(scope))

    def _sent_in(self, scope: ts.Node) -> frozenset[str]:
        """The names and call texts `scope` hands to requests whose URL is on api.mistral.ai
        (memoised per scope; one bounded walk)."""
        memo = self.__dict__.setdefault("_sent_memo", {})
        span = (scope.start_byte, scope.end_byte)  # the module and a function at byte 0 start alike
        if span in memo:
            return memo[span]
        memo[span] = found = set()
        stack, seen = [scope], 0
        while stack and seen < _MAX_SENT_NODES:
            node = stack.pop()
            seen += 1
            stack.extend(node.named_children)
            args = call_args(node) if node.type in ("call", "call_expression") else []
            # The URL: the first positional argument, the second after a method (`requests.request(
            # "POST", URL, …)`), or `url=`.
            urls = [a for a in args if a.type not in ("keyword_argument", "comment")][:2]
            urls += [a.child_by_field_name("value") for a in args if a.type == "keyword_argument"
                     and node_text(a.child_by_field_name("name")) == "url"]
            if not any(self._mistral_url(url) for url in urls if url is not None) and not self._mistral_instance(node):
                continue
            inner = list(args)
            while inner:
                part = inner.pop()
                if part.type in ("identifier", "shorthand_property_identifier", "call", "call_expression"):
                    found.add(node_text(part))
                if part.type not in FUNCTION_TYPES:
                    inner.extend(part.named_children)
        memo[scope.start_byte] = frozenset(found)
        return memo[scope.start_byte]

    def _mistral_instance(self, call: ts.Node) -> bool:
        """`api.post("/chat/completions", body, { headers })` through an HTTP client instance whose
        base URL is on api.mistral.ai: imported (a Mistral endpoint instance) or made here."""
        fn = call.child_by_field_name("function")
        obj = unwrap(fn.child_by_field_name("object")) if fn is not None and fn.type == "member_expression" else None
        if obj is None or obj.type != "identifier":
            return False
        fact = self.imported.get(node_text(obj))
        if fact is not None:
            return fact.kind in (MISTRAL_ENDPOINT, KEYED_CLIENT)
        return any(unwrap(b.value).type == "call_expression" and _INSTANCE_FACTORY.search(
            node_text(unwrap(b.value).child_by_field_name("function"))) and _MISTRAL_HOST.search(node_text(b.value))
            for b in self.flow.by_name.get(node_text(obj), ())[:MAX_BINDINGS])

    def _mistral_url(self, url: ts.Node) -> bool:
        """A URL argument on api.mistral.ai: a literal, a name bound to one, an imported endpoint."""
        fact = self.imported.get(node_text(url))
        if fact is not None and fact.kind == MISTRAL_ENDPOINT:
            return True
        return any(_MISTRAL_HOST.search(node_text(value)) for value in self.flow.resolve(url)[:MAX_BINDINGS])

    @cached_property
    def _auth_helpers(self) -> dict[str, ModuleFact]:
        """Imported functions returning headers with an Authorization (or API-key) value."""
        return {name: fact for name, fact in self.imported.items() if fact.kind == RETURNS_HOLDER
                and any(AUTH_HEADER.match(field) for field in fact.detail.split(","))
                or fact.kind == RETURNS_HEADERS and fact.detail == HEADERS_DETAIL}

    @cached_property
    def _header_helpers(self) -> dict[str, ModuleFact]:
        """`_auth_helpers`, and imported functions returning request options whose headers carry
        an Authorization value (`buildInit(body)`: a fetch init)."""
        return {**self._auth_helpers, **{name: fact for name, fact in self.imported.items()
                                         if fact.kind == RETURNS_HEADERS}}

    def _built_elsewhere(self, name: str) -> bool:
        """`headers` is a parameter, or comes from a `build_headers()`-like helper."""
        bindings = self.flow.by_name.get(name, ())
        if not bindings:
            return True
        for binding in bindings:
            value = unwrap(binding.value)
            if value.type not in ("call", "call_expression"):
                return False
            callee = node_text(value.child_by_field_name("function"))
            if not re.search(r"(?i)(auth|headers)\w*$", last_segment(callee)):
                return False
        return True

    def _headers_of(self, obj: ts.Node, incoming_ok: bool, node: ts.Node) -> str | None:
        obj = unwrap(obj)
        obj_text = node_text(obj).replace("?.", ".")
        what = node_text(node)
        if obj.type in ("attribute", "member_expression"):
            field = node_text(obj.child_by_field_name("attribute") or obj.child_by_field_name("property"))
            inner = obj.child_by_field_name("object")
            if field == "request" and inner is not None and CONTEXT_NAME.match(node_text(inner)):
                pass  # Koa's ctx.request, a framework context's request: incoming
            elif field == "params" and inner is not None and _HOOK_CONTEXT.match(node_text(inner)):
                # A Feathers hook's context.params.headers: the REST request's, copied by the transport.
                return f"{what}, incoming request headers (clients send keys in them)" if incoming_ok else None
            elif field in ("request", "config", "defaults") and inner is not None:
                if not self.mistral_file:  # an outgoing request, in code with no Mistral context,
                    # unless what made it sent the key (`resp = send_ocr(…)`, a helper of another module)
                    return f"{what}, the headers of a request sent with the Mistral key in another module" \
                        if self._imported_keyed_client(obj) else None
                return f"{what}, the headers of the request sent to Mistral (Authorization included)"
        if self.is_axios_config_param(obj):
            return f"{what}, the axios request headers (Authorization included)"
        if self.mistral_file and any(self.auth_container(c) for c in self.containers(node)):
            return f"{what}, headers with an Authorization value"
        if obj.type == "identifier" and self.mistral_file and self._keyed_request_object(obj):
            return f"{what}, the headers of a request built with the Authorization value"
        if obj.type == "identifier" and self._header_helpers:
            reason = self._built_by_imported_helper(obj)
            if reason:
                return f"{what}, the headers of {reason}"
        if RESPONSE_NAME.search(obj_text) and not REQUEST_NAME.search(obj_text):
            return None
        root = _chain_root(obj)  # `options` of `options.headers`, `ctx` of `ctx.options.headers`
        hooked = self.keyed_hook_parameter(root) if root is not None else None
        if hooked is not None:  # "": an outgoing client's hook, without the key
            return f"{what}, a request hook's view of {hooked}" if hooked else None
        if REQUEST_NAME.search(obj_text) or self._typed_as_request(obj) or CONTEXT_NAME.match(obj_text):
            if self._outgoing_request(obj) and self.mistral_file:
                return f"{what}, the headers of the request sent to Mistral (Authorization included)"
            if incoming_ok:
                return f"{what}, incoming request headers (clients send keys in them)"
            return None
        if obj.type == "identifier" and self.mistral_file and self._http_client(obj):
            return f"{what}, the default headers of an HTTP client that sends the key"
        if obj.type in ("identifier", "subscript", "attribute") and self.mistral_file and self._slot_client(obj):
            return f"{what}, the default headers of an HTTP client made with the key and kept in a shared context"
        if obj.type == "attribute" and self.mistral_file and self._keyed_instance_client(obj):
            return f"{what}, the default headers of an HTTP client made with the key (kept on the instance)"
        if obj.type in ("identifier", "attribute", "member_expression") and self._imported_keyed_client(obj):
            return f"{what}, the default headers of an HTTP client made with the Mistral key in another module"
        if obj.type == "identifier" and self.mistral_file:
            for container in self.containers(obj):
                headers = self.member_value(container, "headers")
                if headers is not None and any(self.auth_container(c) for c in self.containers(headers)):
                    return f"{what}, request headers with an Authorization value"
        return None

    def _built_by_imported_helper(self, obj: ts.Node) -> str | None:
        """`init` of `init.headers` with `init = buildMistralRequest(body)`: request options or
        headers an imported helper returns with the Authorization value (whatever the name)."""
        for binding in self.flow.by_name.get(node_text(obj), ())[:MAX_BINDINGS]:
            if binding.name_node != obj and _scope_start(binding.name_node) in (_scope_start(obj), -1):
                reason = self._imported_auth_headers(binding.value)
                if reason:
                    return reason
        return None

    def _keyed_request_object(self, obj: ts.Node) -> bool:
        """`upstream = new Request(url, { headers: { Authorization: … } })`, `httpx.Request("POST",
        url, headers=…)`: an outgoing request object whose headers carry the key, whatever its name."""
        for binding in self.flow.by_name.get(node_text(obj), ())[:MAX_BINDINGS]:
            value = unwrap(binding.value)
            if binding.name_node == obj or value.type not in ("call", "call_expression", "new_expression"):
                continue
            callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
            if callee is None or last_segment(node_text(callee)) != "Request":
                continue
            for arg in call_args(value):
                headers = arg.child_by_field_name("value") if arg.type == "keyword_argument" and \
                    node_text(arg.child_by_field_name("name")) == "headers" else None
                if headers is None:
                    headers = next((self.member_value(c, "headers") for c in self.containers(arg)
                                    if self.member_value(c, "headers") is not None), None)
                if headers is not None and any(self.auth_container(c) for c in self.containers(headers)):
                    return True
        return False

    def _http_client(self, obj: ts.Node) -> bool:
        """`session = requests.Session()`, `httpx.Client(headers=...)`, `axios.create(...)` in a file
        that sets an Authorization header."""
        if not re.search(rb"Authorization|Bearer", self.root.text or b""):
            return False
        for binding in self.flow.by_name.get(node_text(obj), ()):
            value = unwrap(binding.value)
            if value.type in ("call", "call_expression", "new_expression"):
                callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
                if callee is not None and re.search(r"(Session|Client|AsyncClient|ClientSession|axios\.create)$",
                                                    node_text(callee)):
                    return True
        return False

    def _slot_client(self, obj: ts.Node) -> bool:
        """`http = ctx["http"]` where the file stores, under the same slot, an HTTP client made with
        the key (`ctx["http"] = httpx.AsyncClient(headers={"Authorization": …})` in a worker's
        startup hook, `app.state.http = …` in a lifespan): a worker or app context shared by the
        functions the framework calls."""
        if self.language != "python":
            return False
        if obj.type != "identifier":  # `ctx["http"].headers` read in place
            return any(self.creates_keyed_http_client(stored) for stored in self._slot_stores.get(node_text(obj), ()))
        for binding in self.flow.by_name.get(node_text(obj), ())[:MAX_BINDINGS]:
            value = unwrap(binding.value)
            if binding.name_node != obj and value.type in ("subscript", "attribute") and any(
                    self.creates_keyed_http_client(stored) for stored in self._slot_stores.get(node_text(value), ())):
                return True
        return False

    @cached_property
    def _slot_stores(self) -> dict[str, list[ts.Node]]:
        """What each subscript or attribute slot is assigned in the file (`ctx["http"] = …`), by the
        slot's text: one walk, bounded by the file."""
        out: dict[str, list[ts.Node]] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.type == "assignment":
                left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
                if left is not None and right is not None and left.type in ("subscript", "attribute") \
                        and right.type == "call":
                    out.setdefault(node_text(left), []).append(right)
                continue
            stack.extend(node.named_children)
        return out

    def _keyed_instance_client(self, obj: ts.Node) -> bool:
        """`self._client`, set in the class (`__init__`) to an HTTP client made with the key:
        `self._client = httpx.Client(headers={"Authorization": …})`, or given it afterwards."""
        inner = obj.child_by_field_name("object")
        if inner is None or node_text(inner) != "self":
            return False
        owner = enclosing(obj, frozenset({"class_definition"}))
        if owner is None:
            return False
        for binding in self.flow.by_name.get(node_text(obj), ())[:MAX_BINDINGS]:
            if not owner.start_byte <= binding.name_node.start_byte < owner.end_byte:
                continue
            method = enclosing(binding.name_node, FUNCTION_TYPES) or owner  # where the client is made
            if self.creates_keyed_http_client(binding.value) or self.keyed_after_creation(binding.value, method):
                return True
        return False

    def creates_keyed_http_client(self, value: ts.Node) -> bool:
        """`httpx.AsyncClient(base_url="https://api.mistral.ai/v1", headers={"Authorization": …})`,
        `requests.Session()`-like clients made with an Authorization header for Mistral (its base
        URL or its key names the provider): every request of the client carries the key."""
        value = unwrap(value)
        if self.language != "python" or value.type != "call":
            return False
        callee = node_text(value.child_by_field_name("function"))
        if not _HTTP_CLIENT_CLASS.search(callee):
            return False
        headers = base_url = None
        for arg in call_args(value):
            if arg.type == "keyword_argument":
                name = node_text(arg.child_by_field_name("name"))
                headers = arg.child_by_field_name("value") if name == "headers" else headers
                base_url = arg.child_by_field_name("value") if name == "base_url" else base_url
        if headers is None or not any(self.auth_container(c) for c in self.containers(headers)):
            return False
        bases = [string_value(self.flow, b) for b in self.flow.resolve(base_url)[:MAX_BINDINGS]] \
            if base_url is not None else []  # `base_url=BASE_URL` too
        return bool(_MISTRAL_WORD.search(node_text(value)) or any(b and _MISTRAL_WORD.search(b) for b in bases))

    def keyed_after_creation(self, value: ts.Node, scope: ts.Node) -> bool:
        """An HTTP client the code in `scope` gives an Authorization header after making it: `s =
        requests.Session()` then `s.headers.update({"Authorization": …})` or `s.headers["Authorization"]
        = …` (`value` is the client, or a name bound to it in `scope`)."""
        value = unwrap(value)
        if self.language != "python":
            return False
        if value.type == "identifier":
            name = node_text(value)
            made = [b.value for b in self.flow.by_name.get(name, ())[:MAX_BINDINGS] if b.name_node != value
                    and b.name_node.start_byte >= scope.start_byte and b.name_node.end_byte <= scope.end_byte]
            if not any(unwrap(v).type == "call" and _HTTP_CLIENT_CLASS.search(
                    node_text(unwrap(v).child_by_field_name("function"))) for v in made):
                return False
        elif value.type == "call" and _HTTP_CLIENT_CLASS.search(node_text(value.child_by_field_name("function"))):
            name = next((b.name for b in self.flow.bindings if b.value == value), None)
            if name is None:
                return False
        else:
            return False
        return any(self._sets_auth_header(node, name + ".headers") for node in _statements_in(scope))

    def _sets_auth_header(self, node: ts.Node, headers: str) -> bool:
        """`<headers>.update({"Authorization": …})` or `<headers>["Authorization"] = …`."""
        if node.type == "call":
            fn = node.child_by_field_name("function")
            args = call_args(node)
            return fn is not None and node_text(fn) == headers + ".update" and bool(args) and any(
                self.auth_container(c) for c in self.containers(args[0]))
        if node.type == "assignment":
            left = node.child_by_field_name("left")
            index = left.child_by_field_name("subscript") if left is not None and left.type == "subscript" else None
            right = node.child_by_field_name("right")
            return index is not None and node_text(left.child_by_field_name("value")) == headers and \
                AUTH_HEADER.match(string_value(self.flow, index) or "") is not None and \
                right is not None and not OTHER_VENDOR.search(node_text(right))
        return False

    def _imported_keyed_client(self, obj: ts.Node) -> bool:
        """An HTTP client made with the key in another module: imported ready-made (`shared_client`),
        or got from an imported factory (`client = make_client()`, `with make_client() as client`)."""
        keyed = {name for name, fact in self.imported.items() if fact.kind == KEYED_CLIENT}
        if not keyed:
            return False
        name = node_text(obj)
        if name in keyed:
            return True  # `shared_client`, or a module object's `upstream.SESSION`
        if obj.type == "attribute":
            return self._keyed_client_attribute(obj, keyed)
        if obj.type != "identifier":
            return False
        scope = _scope_start(obj)
        values = [b.value for b in self.flow.by_name.get(name, ())[:MAX_BINDINGS]
                  if b.name_node != obj and _scope_start(b.name_node) in (scope, -1)]
        values += self._with_targets.get((scope, name), [])[:MAX_BINDINGS]
        for value in values:
            value = unwrap(value)
            if value.type in ("await", "await_expression") and value.named_children:
                value = unwrap(value.named_children[0])
            if value.type in ("call", "call_expression") and \
                    node_text(value.child_by_field_name("function")) + KEYED_FACTORY in keyed:
                return True
        return False

    @cached_property
    def _instance_header_facts(self) -> dict[str, ModuleFact]:
        """Imported classes' fields that hold keyed headers (`MistralHook.headers`)."""
        return {name: fact for name, fact in self.imported.items() if fact.kind == KEYED_HEADERS and "." in name}

    def _instance_headers(self, obj: ts.Node, field: str) -> str | None:
        """`hook.headers` where `hook = MistralHook()` of an imported class that keeps headers with
        the key on its instances (`self.headers = {"Authorization": …}`), or `MistralHook().headers`."""
        if not self._instance_header_facts:
            return None
        obj = unwrap(obj)
        values = [obj] if obj.type in ("call", "new_expression") else [
            b.value for b in self.flow.by_name.get(node_text(obj), ())[:MAX_BINDINGS]
            if b.name_node != obj and _scope_start(b.name_node) in (_scope_start(obj), -1)] \
            if obj.type == "identifier" else []
        fact = self._instance_header_facts.get(f"{node_text(obj)}.{field}") \
            if obj.type in ("identifier", "attribute", "member_expression") and not values else None
        if fact is not None:  # an instance another module made (`from .hooks import hook`)
            return f"headers with an Authorization value kept on {node_text(obj)} (built in {fact.path})"
        for value in values:
            value = unwrap(value)  # `await` too
            callee = value.child_by_field_name("function") if value.type == "call" else \
                value.child_by_field_name("constructor") if value.type == "new_expression" else None
            fact = self._instance_header_facts.get(f"{node_text(callee)}.{field}") if callee is not None else None
            if fact is not None:
                return f"headers with an Authorization value kept on {node_text(callee)} instances (built in {fact.path})"
        return None

    def _keyed_client_attribute(self, obj: ts.Node, keyed: set[str]) -> bool:
        """`client.http` where `client = MistralClient()` of an imported class that keeps an HTTP
        client made with the key on its instances (`MistralClient.http` is `KEYED_CLIENT`)."""
        owner = obj.child_by_field_name("object")
        if owner is None or owner.type != "identifier":
            return False
        attribute = node_text(obj.child_by_field_name("attribute"))
        for binding in self.flow.by_name.get(node_text(owner), ())[:MAX_BINDINGS]:
            value = unwrap(binding.value)
            callee = value.child_by_field_name("function") if value.type == "call" else None
            if callee is not None and f"{node_text(callee)}.{attribute}" in keyed:
                return True
        return False

    @cached_property
    def _with_targets(self) -> dict[tuple[int, str], list[ts.Node]]:
        """`with make_client() as client:` (async too): the value each alias names, by (the start of
        the enclosing function, alias)."""
        out: dict[tuple[int, str], list[ts.Node]] = {}
        if self.language != "python" or b"with" not in (self.root.text or b""):
            return out
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.type == "as_pattern" and node.parent is not None and node.parent.type == "with_item":
                target = node.child_by_field_name("alias")
                value = node.named_children[0] if node.named_children else None
                if target is not None and value is not None:
                    out.setdefault((_scope_start(node), node_text(target)), []).append(value)
                continue
            stack.extend(node.named_children)
        return out

    def _header_value(self, obj: ts.Node | None, index: ts.Node, incoming_ok: bool, node: ts.Node) -> str | None:
        name = string_value(self.flow, index)
        if name is None:
            name = node_text(index)
        if obj is not None and RESPONSE_NAME.search(node_text(obj)) and not REQUEST_NAME.search(node_text(obj)):
            return None
        if KEY_HEADERS.match(name.strip("'\"`")) and (incoming_ok or self.mistral_file):
            return f"{node_text(node)}, the {name.strip(chr(39) + chr(34))} header value"
        return None

    def _typed_as_request(self, node: ts.Node) -> bool:
        """A parameter annotated `httpx.Request`, `Request`, `NextApiRequest`, `VercelRequest` ..."""
        if node.type != "identifier":
            return False
        name = node_text(node)
        for param in self._parameters:
            if param[0] == name and re.search(r"Request\b|IncomingMessage|HandlerEvent|APIGatewayProxyEvent", param[1]):
                return True
        return False

    def _outgoing_request(self, obj: ts.Node) -> bool:
        name = node_text(obj)
        for param in self._parameters:
            if param[0] == name and re.search(r"(httpx|requests|aiohttp|urllib3)\.", param[1]):
                return True
        return False

    @cached_property
    def _parameters(self) -> list[tuple[str, str]]:
        """(name, annotation) of every annotated parameter in the file."""
        return typed_parameters(self.root, self.language)
