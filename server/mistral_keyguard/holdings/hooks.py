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
from mistral_keyguard.holdings.base import AUTH_HEADER, OTHER_VENDOR, RESPONSE_NAME, is_key_name
from mistral_keyguard.holdings.keys import KeyFacts
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing

# What may sit between a client's construction and a hook inside its options.
_OPTION_NODES = frozenset({"array", "list", "tuple", "pair", "object", "dictionary", "keyword_argument",
                           "arguments", "argument_list", "parenthesized_expression"})
_CALLS = frozenset({"call", "call_expression", "new_expression"})
_NOT_REQUEST_HOOK = re.compile(r"(?i)response|error|exception")
_MISTRAL = re.compile(r"(?i)mistral")
# Methods that register a callback on a hooks object: `trace.on_request_start.append(hook)`.
_REGISTERS = frozenset({"append", "push", "add", "extend", "use", "register", "insert"})
_PARAMETER_WRAPPERS = frozenset({"required_parameter", "optional_parameter", "typed_parameter",
                                 "default_parameter", "typed_default_parameter", "assignment_pattern"})
# Options only an outgoing client takes: a hook given them sees outgoing requests, not incoming ones.
_BASE_URL_OPTIONS = frozenset({"prefixUrl", "prefix_url", "baseURL", "baseUrl", "base_url"})
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


def _climb_to_call(node: ts.Node) -> tuple[ts.Node, list[str]] | None:
    """The call whose options hold `node` (through arrays, dicts and keyword arguments), and the
    option keys on the way (`["hooks", "beforeRequest"]`)."""
    keys: list[str] = []
    parent = node.parent
    while parent is not None and parent.type in _OPTION_NODES:
        if parent.type in ("pair", "keyword_argument"):
            if parent.child_by_field_name("value") != node:
                return None  # the key itself, not its value
            keys.append(_path_key(parent))
        node, parent = parent, parent.parent
    if parent is None or parent.type not in _CALLS or node.type not in ("arguments", "argument_list"):
        return None
    return parent, keys


def _registration(ref: ts.Node) -> tuple[str, ts.Node, str] | None:
    """`trace.on_request_start.append(hook)`: (the object's name, its scope, the hook's attribute)."""
    args = ref.parent
    call = args.parent if args is not None and args.type in ("arguments", "argument_list") else None
    fn = call.child_by_field_name("function") if call is not None and call.type in _CALLS else None
    if fn is None or fn.type not in ("attribute", "member_expression"):
        return None
    method = fn.child_by_field_name("attribute") or fn.child_by_field_name("property")
    if node_text(method) not in _REGISTERS:
        return None
    owner = fn.child_by_field_name("object")
    path = node_text(owner)
    root = path.split(".", 1)[0]
    if not root.isidentifier() or root in ("self", "this"):
        return None
    return root, enclosing(call, FUNCTION_TYPES) or call, path


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
        found = _climb_to_call(fn)
        if found is not None:
            call, keys = found
            if fn.type == "method_definition":  # `onRequest({ options }) { … }` in the options
                keys = [_path_key(fn), *keys]
            return self._keyed_construction(call, keys)
        name = _function_name(fn)
        if name is None:
            return None
        verdicts = []
        for ref in self._references(name):
            registered = _registration(ref)
            if registered is not None:
                if not _NOT_REQUEST_HOOK.search(registered[2]):
                    verdicts.append(self._registered_on_keyed_client(*registered))
                continue
            found = _climb_to_call(ref)
            if found is not None:
                verdicts.append(self._keyed_construction(*found))
        return max(verdicts, key=lambda v: (v is not None, bool(v)), default=None)

    def _registered_on_keyed_client(self, owner: str, scope: ts.Node, path: str) -> str | None:
        """The hooks object `owner` (`trace`) handed to a keyed client's construction in `scope`."""
        for ref in self._references(owner):
            if not scope.start_byte <= ref.start_byte < scope.end_byte:
                continue
            found = _climb_to_call(ref)
            if found is not None:
                reason = self._keyed_construction(*found)
                if reason is not None:
                    return f"{reason} (the hook is attached to {path})" if reason else reason
        return None

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
            if node.type == "identifier":
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
