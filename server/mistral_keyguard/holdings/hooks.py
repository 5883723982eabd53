"""Request hooks of an HTTP client made with the key: the functions a client calls on each of its
requests (got and ky `hooks.beforeRequest`, httpx `event_hooks`, an aiohttp `TraceConfig`
callback, a `fetch` override given to an SDK) see that request's headers, Authorization included
(MK004).

A hook counts when it is given to the client's construction (inline, by name, or attached to an
object the construction is given, like `trace.on_request_start.append(hook)` then
`ClientSession(trace_configs=[trace])`), and that construction carries the key: an Authorization
(or API-key) entry in its options, a key-named option (`apiKey`), or a Mistral client. A hook
reached under a `response` or `error` key sees a response or an error, not the request.
"""

from __future__ import annotations

import re
from functools import cached_property

import tree_sitter as ts

from mistral_keyguard.dataflow import node_text
from mistral_keyguard.holdings.base import AUTH_HEADER, MAX_BINDINGS, OTHER_VENDOR, RESPONSE_NAME, is_key_name
from mistral_keyguard.holdings.keys import KeyFacts
from mistral_keyguard.project import HOOKED_CALL, HOOKED_MARK, HOOKED_PLAIN
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing, unwrap

# What may sit between a client's construction and a hook inside its options.
_OPTION_NODES = frozenset({"array", "list", "tuple", "pair", "object", "dictionary", "keyword_argument",
                           "arguments", "argument_list", "parenthesized_expression"})
_CALLS = frozenset({"call", "call_expression", "new_expression"})
_ASSIGNMENTS = frozenset({"assignment", "assignment_expression"})
_NOT_REQUEST_HOOK = re.compile(r"(?i)response|error|exception")
_MISTRAL = re.compile(r"(?i)mistral")
# Methods that register a callback on a hooks object: `trace.on_request_start.append(hook)`.
_REGISTERS = frozenset({"append", "push", "add", "extend", "use", "register", "insert", "addHook"})
_PARAMETER_WRAPPERS = frozenset({"required_parameter", "optional_parameter", "typed_parameter",
                                 "default_parameter", "typed_default_parameter", "assignment_pattern"})
# Options only an outgoing client takes: a hook given them sees outgoing requests, not incoming ones.
_BASE_URL_OPTIONS = frozenset({"prefixUrl", "prefix_url", "baseURL", "baseUrl", "base_url"})
# Constructors of HTTP clients: a request hook registered on one sees outgoing requests.
_HTTP_CLIENT = re.compile(r"(?i)(^|\.)(http_?client|client|async_?client|client_?session|session)$")
_MAX_REFERENCES = 32
_MAX_OPTION_NODES = 256


def parameter_names(fn: ts.Node) -> set[str]:
    """The names a function's parameters bind, destructured ones too (`({ options }) => …`)."""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return set()
    out: set[str] = set()
    stack = [params] if params.type == "identifier" else list(params.named_children)
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier_pattern"):
            out.add(node_text(node))
        elif node.type in _PARAMETER_WRAPPERS:
            inner = node.child_by_field_name("pattern") or node.child_by_field_name("name") or \
                (node.named_children[0] if node.named_children else None)
            if inner is not None:
                stack.append(inner)
        elif node.type in ("object_pattern", "pair_pattern"):
            stack.extend(c for c in node.named_children if c.type != "property_identifier")
    return out


def _function_name(fn: ts.Node) -> str | None:
    """`def hook`, `function hook`, `const hook = (…) => …`."""
    name = fn.child_by_field_name("name")
    if name is not None and fn.type != "arrow_function":
        return node_text(name)
    parent = fn.parent
    if parent is not None and parent.type == "variable_declarator":
        target = parent.child_by_field_name("name")
        return node_text(target) if target is not None and target.type == "identifier" else None
    return None


def _path_key(node: ts.Node) -> str:
    key = node.child_by_field_name("key") or node.child_by_field_name("name")
    return node_text(key).strip("'\"`") if key is not None else ""


def _climb(node: ts.Node) -> tuple[ts.Node, ts.Node, list[str]] | None:
    """Up from `node` through arrays, dicts and keyword arguments: (the node that holds them, a
    call's arguments or an assignment, the child on the way, the option keys passed
    (`["hooks", "beforeRequest"]`)), or None."""
    keys: list[str] = []
    parent = node.parent
    while parent is not None and parent.type in _OPTION_NODES:
        if parent.type in ("pair", "keyword_argument"):
            if parent.child_by_field_name("value") != node:
                return None  # the key itself, not its value
            keys.append(_path_key(parent))
        node, parent = parent, parent.parent
    if parent is None:
        return None
    if parent.type in _CALLS and node.type in ("arguments", "argument_list"):
        return parent, node, keys
    if parent.type in _ASSIGNMENTS and parent.child_by_field_name("right") == node:
        return parent, node, keys
    return None


def _climb_to_call(node: ts.Node) -> tuple[ts.Node, list[str]] | None:
    """The call whose options hold `node`, and the option keys on the way."""
    found = _climb(node)
    return (found[0], found[2]) if found is not None and found[0].type in _CALLS else None


def _owner_root(owner: ts.Node) -> str | None:
    """`trace` of `trace.on_request_start`, `client` of `client.event_hooks["request"]`."""
    while owner.type in ("attribute", "member_expression", "subscript", "subscript_expression"):
        owner = owner.child_by_field_name("object") or owner.child_by_field_name("value")
    name = node_text(owner)
    return name if owner.type == "identifier" and name not in ("self", "this") else None


def _registration(node: ts.Node) -> tuple[str, ts.Node, str] | None:
    """A hook registered on an object: `trace.on_request_start.append(hook)`,
    `httpClient.addHook("beforeRequest", hook)`, `client.event_hooks = {"request": [hook]}`:
    (the object's name, the scope of the registration, what it was registered as)."""
    found = _climb(node)
    if found is None:
        return None
    holder, _child, keys = found
    if holder.type in _CALLS and keys:
        return None  # a hook inside a call's options: `got.extend({ hooks: … })` builds a client
    if holder.type in _ASSIGNMENTS:
        target = holder.child_by_field_name("left")
        if target is None or target.type not in ("attribute", "member_expression", "subscript", "subscript_expression"):
            return None
        owner, path = target, node_text(target)
    else:
        fn = holder.child_by_field_name("function")
        if fn is None or fn.type not in ("attribute", "member_expression"):
            return None
        method = fn.child_by_field_name("attribute") or fn.child_by_field_name("property")
        if node_text(method) not in _REGISTERS:
            return None
        owner = fn.child_by_field_name("object")
        labels = [node_text(a) for a in holder.child_by_field_name("arguments").named_children
                  if a.type == "string"][:2]
        path = ".".join([node_text(owner), *labels])
    root = _owner_root(owner)
    if root is None:
        return None
    scope = enclosing(holder, FUNCTION_TYPES) or _top(holder)
    return root, scope, ".".join([path, *reversed(keys)])


def _returns(fn: ts.Node, name: str) -> bool:
    """`fn` returns the name `name` (`return tc`), outside its nested functions (bounded)."""
    stack, seen = [fn.child_by_field_name("body")], 0
    while stack and seen < _MAX_OPTION_NODES:
        node = stack.pop()
        seen += 1
        if node is None or node.type in FUNCTION_TYPES or node.type == "class_definition":
            continue
        if node.type == "return_statement":
            value = next((c for c in node.named_children if c.type != "comment"), None)
            if value is not None and node_text(value) == name:
                return True
            continue
        stack.extend(node.named_children)
    return False


def _in_scope(node: ts.Node, scope: ts.Node) -> bool:
    """`node` sits in `scope`, or at the top level of the file (a module-level client)."""
    return scope.start_byte <= node.start_byte < scope.end_byte or enclosing(node, FUNCTION_TYPES) is None


def _top(node: ts.Node) -> ts.Node:
    while node.parent is not None:
        node = node.parent
    return node


class HookFacts(KeyFacts):

    def keyed_hook_parameter(self, obj: ts.Node) -> str | None:
        """Why `obj`, a parameter of the nearest function that binds it, is a request a client
        made with the key hands its request hook; "" when the function is a request hook of an
        outgoing client without the key, None when it is no client's hook."""
        if obj.type != "identifier" or RESPONSE_NAME.search(node_text(obj)):
            return None
        name = node_text(obj)
        fn = enclosing(obj, FUNCTION_TYPES)
        while fn is not None and name not in parameter_names(fn):
            fn = enclosing(fn, FUNCTION_TYPES)
        if fn is None:
            return None
        memo = self._hook_memo
        if fn.start_byte not in memo:
            memo[fn.start_byte] = None
            memo[fn.start_byte] = self._keyed_hook(fn)
        return memo[fn.start_byte]

    @cached_property
    def _hook_memo(self) -> dict[int, str | None]:
        return {}

    def _keyed_hook(self, fn: ts.Node) -> str | None:
        """Why the hook `fn` sees requests carrying the key ("" or None as `keyed_hook_parameter`)."""
        name = _function_name(fn)
        handed = self.imported.get(name + HOOKED_MARK) if name is not None else None
        if handed is not None and not handed.detail.endswith(HOOKED_CALL):
            return "" if handed.detail.startswith(HOOKED_PLAIN) else \
                f"the requests of a client made with the key in {handed.path}, which is given {name} as a request hook"
        refs = [fn] + (self._references(name) if name is not None else [])
        verdicts = [self._attachment_verdict(ref, fn) for ref in refs]
        return max(verdicts, key=lambda v: (v is not None, bool(v)), default=None)

    def hook_attachment(self, ref: ts.Node) -> str | None:
        """Why a function (or what a call of it returns), `ref` where it is handed, becomes a
        request hook of a client made with the key ("" for an outgoing client without it); None
        when it is no hook, or is given as a header or key value (`headers={"Authorization": …}`)."""
        found = _climb(ref)
        if found is None or any(AUTH_HEADER.match(key) or key == "headers" for key in found[2]):
            return None
        return self._attachment_verdict(ref, ref)

    def _attachment_verdict(self, ref: ts.Node, fn: ts.Node) -> str | None:
        """What the hook, given where `ref` (the hook itself or its name) is handed, sees."""
        registered = _registration(ref)
        if registered is not None:
            return None if _NOT_REQUEST_HOOK.search(registered[2]) else self._registered_on_keyed_client(*registered)
        found = _climb_to_call(ref)
        if found is None:
            return None
        call, keys = found
        if ref is fn and fn.type == "method_definition":  # `onRequest({ options }) { … }` in the options
            keys = [_path_key(fn), *keys]
        return self._keyed_construction(call, keys)

    def _registered_on_keyed_client(self, owner: str, scope: ts.Node, path: str) -> str | None:
        """The object `owner` a hook was registered on (`path`), in `scope`: a client made with the
        key itself (`client = httpx.Client(headers=…)`), or an object handed to the construction
        of one (`trace` in `ClientSession(trace_configs=[trace])`, `httpClient` in `new
        Mistral({ httpClient })`)."""
        verdicts: list[str | None] = []
        for binding in self.flow.by_name.get(owner, ())[:MAX_BINDINGS]:
            value = unwrap(binding.value)
            if value.type in _CALLS and _in_scope(binding.name_node, scope):
                verdict = self._keyed_construction(value, [])
                callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
                verdicts.append("" if verdict is None and _HTTP_CLIENT.search(node_text(callee)) else verdict)
        for ref in self._references(owner):
            found = _climb_to_call(ref) if _in_scope(ref, scope) else None
            if found is not None:
                verdicts.append(self._keyed_construction(*found))
        maker = _function_name(scope) if scope.type in FUNCTION_TYPES else None
        handed = self.imported.get(maker + HOOKED_MARK) if maker is not None else None
        if handed is not None and handed.detail.endswith(HOOKED_CALL) and _returns(scope, owner):
            # `def trace_config(): tc = TraceConfig(); tc.on_request_start.append(hook); return tc`,
            # handed by another module to a client made with the key (`trace_configs=[trace_config()]`)
            verdicts.append("" if handed.detail.startswith(HOOKED_PLAIN) else
                            f"the requests of a client made with the key in {handed.path}, given what {maker}() returns")
        best = max(verdicts, key=lambda v: (v is not None, bool(v)), default=None)
        return f"{best} (the hook is registered as {path})" if best else best

    def _references(self, name: str) -> list[ts.Node]:
        """Identifiers `name` in the file outside their definitions (bounded)."""
        table = self._reference_table
        return table.get(name, [])[:_MAX_REFERENCES]

    @cached_property
    def _reference_table(self) -> dict[str, list[ts.Node]]:
        """Names handed in call arguments or options: built once per file, and only when a
        hook's parameter is logged."""
        out: dict[str, list[ts.Node]] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.type in ("identifier", "shorthand_property_identifier"):
                parent = node.parent
                if parent is not None and parent.type in _OPTION_NODES:
                    out.setdefault(node_text(node), []).append(node)
                continue
            stack.extend(node.named_children)
        return out

    def _keyed_construction(self, call: ts.Node, keys: list[str]) -> str | None:
        """Why the client `call` makes sends the key on every request, the hook being reached
        through `keys` of its options: "" when the options show an outgoing client (an
        Authorization entry, a base URL) but not the Mistral key, None when they show neither (a route's handler, say) or the hook sees
        responses."""
        if any(_NOT_REQUEST_HOOK.search(key) for key in keys):
            return None
        callee = node_text(call.child_by_field_name("function") or call.child_by_field_name("constructor"))
        if _MISTRAL.search(callee) and not OTHER_VENDOR.search(callee):
            return f"the requests of {callee}(), a Mistral client (they carry the key)"
        where = ".".join(reversed(keys)) or "its options"
        args = call.child_by_field_name("arguments")
        stack, seen, outgoing = ([args] if args is not None else []), 0, False
        while stack and seen < _MAX_OPTION_NODES:
            node = stack.pop()
            seen += 1
            if node.type in ("object", "dictionary"):
                outgoing = outgoing or self.auth_entry(node) is not None
            elif node.type in ("pair", "keyword_argument"):
                outgoing = outgoing or _path_key(node) in _BASE_URL_OPTIONS
            how = self._keyed_option(node) if self.mistral_file else None  # else no Mistral key here
            if how:
                return f"the requests of a client made by {callee}() with {how} (hook {where})"
            if node.type in _OPTION_NODES:
                stack.extend(node.named_children)
        return "" if outgoing else None

    def _keyed_option(self, node: ts.Node) -> str | None:
        """An option of a client's construction that puts the key on its requests: an
        Authorization entry, a key-named option (`apiKey`), `headers=` naming keyed headers."""
        if node.type in ("object", "dictionary"):
            return "an Authorization header" if self.auth_container(node) else None
        if node.type not in ("pair", "keyword_argument"):
            return None
        value, key = node.child_by_field_name("value"), _path_key(node)
        if value is None:
            return None
        if is_key_name(key, True) and not OTHER_VENDOR.search(node_text(value)) and \
                node_text(value) not in ("None", "null", "undefined", '""', "''"):
            return key
        if key == "headers" and value.type == "identifier" and \
                any(self.auth_container(c) for c in self.containers(value)):
            return "an Authorization header"
        return None

    def auth_container(self, container: ts.Node) -> bool:
        """A dict or object literal with an Authorization or API-key entry (not another vendor's)."""
        value = self.auth_entry(container)
        return value is not None and (value is container or not OTHER_VENDOR.search(node_text(value)))

    @staticmethod
    def auth_entry(container: ts.Node) -> ts.Node | None:
        """The value of a dict or object literal's Authorization or API-key entry (the container
        itself for an entry without one: `{ Authorization }`), or None."""
        for child in container.named_children:
            key = child.child_by_field_name("key") or child.child_by_field_name("name")
            if key is not None and AUTH_HEADER.match(node_text(key).strip("'\"`")):
                return child.child_by_field_name("value") or container
        return None
