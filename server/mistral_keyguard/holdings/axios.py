"""axios errors: an error from a request that carried the key also carries its config headers (MK004)."""

from __future__ import annotations

import re
from functools import cached_property

import tree_sitter as ts

from mistral_keyguard.dataflow import first_parameter, node_text
from mistral_keyguard.holdings.base import MAX_BINDINGS
from mistral_keyguard.holdings.headers import HeaderFacts
from mistral_keyguard.project import KEYED_CLIENT, KEYED_ERRORS, KEYED_FACTORY, RAISES_KEYED_ERROR
from mistral_keyguard.sinks import FUNCTION_TYPES, call_args, enclosing, unwrap


def _first_param_name(fn: ts.Node) -> str | None:
    param = first_parameter(fn)
    return node_text(param) if param is not None else None


_CLASS_TYPES = frozenset({"class_declaration", "class", "abstract_class_declaration"})


def _calls_next_with(block: ts.Node, name: str) -> bool:
    """`next(err)` in the block, outside nested functions."""
    stack = [block]
    while stack:
        node = stack.pop()
        if node.type == "call_expression" and node_text(node.child_by_field_name("function")) == "next":
            args = node.child_by_field_name("arguments")
            if args is not None and any(node_text(a) == name for a in args.named_children):
                return True
        if node is block or node.type not in FUNCTION_TYPES:
            stack.extend(node.named_children)
    return False


_SETS_GLOBAL_AUTH = re.compile(rb"axios\s*\.\s*(defaults\s*\.\s*headers|interceptors\s*\.\s*request)")
# NestJS's `HttpService` (from `@nestjs/axios`) wraps an axios instance: `this.http.post(…)` and
# `this.http.axiosRef.post(…)` are axios requests, judged by their config as the shared `axios` is.
_NEST_HTTP_SERVICE = re.compile(rb"\b(\w+)\s*:\s*HttpService\b")
_NO_BODY_METHODS = frozenset({"get", "delete", "head", "options"})
_BODY_METHODS = frozenset({"post", "put", "patch", "postForm", "putForm", "patchForm"})


class AxiosFacts(HeaderFacts):

    @cached_property
    def uses_axios(self) -> bool:
        return self.ecma and (b"axios" in (self.root.text or b"") and self.mistral_file or bool(self._keyed_imports)
                              or bool(self._keyed_error_raisers))

    @cached_property
    def _keyed_imports(self) -> set[str]:
        """axios instances imported from another module that made them with the key."""
        return {name for name, fact in self.imported.items() if fact.kind == KEYED_CLIENT}

    @cached_property
    def _keyed_error_raisers(self) -> frozenset[str]:
        """Imported functions whose axios request carries the key and whose axios error escapes
        (`project.RAISES_KEYED_ERROR`): a `try` around a call of one catches that error."""
        return frozenset(name[:-len(KEYED_ERRORS)] for name, fact in self.imported.items()
                         if fact.kind == RAISES_KEYED_ERROR and name.endswith(KEYED_ERRORS))

    @property
    def keyed_error_raiser_names(self) -> frozenset[str]:
        return self._keyed_error_raisers

    def creates_keyed_instance(self, value: ts.Node) -> bool:
        """`axios.create({ baseURL: "https://api.mistral.ai/v1", headers: { Authorization: … } })`:
        every request of the instance carries the key (and so does every error it raises)."""
        value = unwrap(value)
        if not self.ecma or value.type != "call_expression" or \
                node_text(value.child_by_field_name("function")) != "axios.create" or \
                not re.search(r"(?i)mistral", node_text(value)):
            return False  # not an instance for Mistral (its base URL or its key says which)
        args = call_args(value)
        for container in self.containers(args[0]) if args else ():
            headers = self.member_value(container, "headers")
            if self.auth_container(container) or self.member_value(container, "auth") is not None or \
                    headers is not None and any(self.auth_container(c) for c in self.containers(headers)):
                return True
        return False

    def _is_axios_thing(self, node: ts.Node) -> bool:
        node = unwrap(node)
        return self.uses_axios and node.type == "identifier" and (
            self.is_axios_config_param(node) or self.is_axios_error(node) or
            bool(re.search(r"(?i)^(err|error|e|res|resp|response)$", node_text(node))))

    def is_axios_config_param(self, node: ts.Node) -> bool:
        """The `config` parameter of `instance.interceptors.request.use((config) => ...)`."""
        if not self.uses_axios or node.type != "identifier":
            return False
        fn = self._binding_function(node)
        if fn is None:
            return False
        call = enclosing(fn, {"call_expression"})
        return call is not None and node_text(call.child_by_field_name("function")).endswith("interceptors.request.use") \
            and _first_param_name(fn) == node_text(node)

    def is_axios_error(self, node: ts.Node) -> bool:
        """A caught error of an axios call (it carries `config.headers.Authorization`)."""
        if not self.uses_axios or node.type != "identifier":
            return False
        name = node_text(node)
        parent = node.parent
        while parent is not None:
            if parent.type == "catch_clause":
                param = parent.child_by_field_name("parameter")
                if param is not None and node_text(param) == name:
                    try_stmt = parent.parent
                    body = try_stmt.child_by_field_name("body") if try_stmt is not None else None
                    return body is not None and self._calls_axios(body)
            if parent.type in ("arrow_function", "function_expression", "function") and _first_param_name(parent) == name:
                call = enclosing(parent, {"call_expression"})
                if call is None:
                    return False
                callee = node_text(call.child_by_field_name("function"))
                if callee.endswith("interceptors.response.use"):
                    args = call_args(call)
                    return len(args) > 1 and args[1] == parent
                if callee.endswith(".catch") or callee.endswith(".then"):
                    return self._calls_axios(call)
                return False
            parent = parent.parent
        return False

    @cached_property
    def _axios_handles(self) -> set[str]:
        names = {"axios"} | self._keyed_imports
        for binding in self.flow.bindings:
            value = unwrap(binding.value)
            if value.type == "call_expression":
                callee = node_text(value.child_by_field_name("function"))
                if callee in ("axios.create",) or (callee == "require" and b"axios" in (value.text or b"")) \
                        or self._made_by_keyed_factory(value):
                    names.add(binding.name)
        return names

    @cached_property
    def _instance_fields(self) -> dict[tuple[int, str], list[ts.Node]]:
        """(the class's start, field) -> the values the class gives `this.<field>`: `http = api;`,
        `constructor(private readonly http = mistralHttp)`, `this.http = axios.create(…)` (an
        instance kept on `this`)."""
        out: dict[tuple[int, str], list[ts.Node]] = {}
        if not self.ecma or b"this" not in (self.root.text or b""):
            return out
        for binding in self.flow.bindings:
            parent = binding.name_node.parent
            if binding.name.startswith("this.") and binding.name.count(".") == 1:
                field = binding.name[len("this."):]
            elif parent is not None and (parent.type in ("public_field_definition", "field_definition") or
                                         parent.type in ("required_parameter", "optional_parameter") and any(
                                             c.type in ("accessibility_modifier", "readonly") for c in parent.children)):
                field = binding.name
            else:
                continue
            owner = enclosing(binding.name_node, _CLASS_TYPES)
            if owner is not None:
                out.setdefault((owner.start_byte, field), []).append(binding.value)
        return {key: values[:MAX_BINDINGS] for key, values in out.items()}

    def _kept_instance(self, use: ts.Node, field: str) -> bool | None:
        """Whether `this.<field>` at `use` is an axios instance shown to carry the key (None: the
        class keeps nothing under that field)."""
        owner = enclosing(use, _CLASS_TYPES) if self._instance_fields else None
        values = self._instance_fields.get((owner.start_byte, field)) if owner is not None else None
        if values is None:
            return None
        return any(unwrap(v).type == "identifier" and self._keyed_instance(node_text(unwrap(v)))
                   or self.creates_keyed_instance(v) or self._made_by_keyed_factory(unwrap(v)) for v in values)

    def _calls_axios(self, node: ts.Node) -> bool:
        """`node` holds an axios request that may carry the key (see `_request_carries_key`), or a
        call of an imported function whose such request's error escapes."""
        if any(True for _ in self.keyed_axios_requests(node)):
            return True
        if not self._keyed_error_raisers:
            return False
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type == "call_expression" and \
                    re.sub(r"\s+", "", node_text(current.child_by_field_name("function"))) in self._keyed_error_raisers:
                return True
            stack.extend(current.named_children)
        return False

    @cached_property
    def forwards_keyed_error(self) -> bool:
        """The file hands an axios error holding the key to Express's error middleware: `next(err)`
        in a catch whose try covers such a request (or a call of a helper that lets one escape)."""
        if not self.uses_axios or b"next" not in (self.root.text or b""):
            return False
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.type == "catch_clause":
                param, handler = node.child_by_field_name("parameter"), node.child_by_field_name("body")
                body = node.parent.child_by_field_name("body") if node.parent is not None else None
                if param is not None and handler is not None and body is not None \
                        and _calls_next_with(handler, node_text(param)) and any(True for _ in self.keyed_error_calls(body)):
                    return True
            stack.extend(node.named_children)
        return False

    def keyed_error_calls(self, node: ts.Node):
        """The calls in `node` whose error is an axios error holding the key: requests of an
        instance shown to carry it, and calls of imported functions that let such an error escape."""
        yield from self.keyed_axios_requests(node, strict=True)
        if not self._keyed_error_raisers:
            return
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type == "call_expression" and \
                    re.sub(r"\s+", "", node_text(current.child_by_field_name("function"))) in self._keyed_error_raisers:
                yield current
            stack.extend(current.named_children)

    def keyed_axios_requests(self, node: ts.Node, strict: bool = False):
        """The axios requests in `node` that may carry the key (see `_request_carries_key`); with
        `strict`, only those of an instance shown to carry it (`_keyed_instance`)."""
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type == "call_expression":
                callee = re.sub(r"\s+", "", node_text(current.child_by_field_name("function")))
                parts = self._as_axios(callee.split("."))
                kept = self._kept_instance(current, parts[1]) if len(parts) > 2 and parts[0] == "this" else None
                if kept is not None:
                    # `this.http.post`: the kept instance, which counts only when shown to carry the key.
                    if kept and "(" not in callee:
                        yield current
                    stack.extend(current.named_children)
                    continue
                # A chain's outer calls (`axios.get(…).then(…)`) are judged at their inner request.
                if parts[0] in self._axios_handles and "(" not in callee and self._request_carries_key(current, parts) \
                        and (not strict or parts[0] == "axios" or self._keyed_instance(parts[0])):
                    yield current
            stack.extend(current.named_children)

    @cached_property
    def _nest_http_fields(self) -> frozenset[str]:
        """The fields an `@nestjs/axios` `HttpService` is injected as (`private readonly http: HttpService`)."""
        text = self.root.text or b""
        if b"@nestjs/axios" not in text:
            return frozenset()
        return frozenset(m.group(1).decode() for m in _NEST_HTTP_SERVICE.finditer(text))

    def _as_axios(self, parts: list[str]) -> list[str]:
        """`this.http.post` / `this.http.axiosRef.post` of an injected HttpService as `axios.post`."""
        if len(parts) > 2 and parts[0] == "this" and parts[1] in self._nest_http_fields:
            rest = parts[3:] if parts[2] == "axiosRef" else parts[2:]
            return ["axios", *rest]
        return parts

    def _keyed_instance(self, name: str) -> bool:
        """An axios instance made with the key (here or in another module), or given it after
        (`api.defaults.headers…`, `api.interceptors.request.use(…)`)."""
        if name in self._keyed_imports:
            return True
        if re.search(re.escape(name).encode() + rb"\s*\.\s*(defaults\s*\.\s*headers|interceptors\s*\.\s*request)",
                     self.root.text or b""):
            return True
        return any(self.creates_keyed_instance(b.value) or self._made_by_keyed_factory(unwrap(b.value))
                   for b in self.flow.by_name.get(name, ())[:MAX_BINDINGS])

    def _made_by_keyed_factory(self, value: ts.Node) -> bool:
        """`createMistralClient()`: a call of a function returning an axios instance made with the
        key, imported (its `KEYED_FACTORY` fact) or of this file."""
        if value.type != "call_expression":
            return False
        callee = node_text(value.child_by_field_name("function"))
        if callee + KEYED_FACTORY in self._keyed_imports:
            return True
        return value.child_by_field_name("function").type == "identifier" and any(
            self.creates_keyed_instance(v) for v in self._local_functions.get(callee, ())[:MAX_BINDINGS])

    def _request_carries_key(self, call: ts.Node, parts: list[str]) -> bool:
        """Whether an axios call may send the key. Only the shared `axios` with a config that
        demonstrably has no Authorization header (or none at all) is keyless: an instance, a
        config we cannot see, or `axios.defaults` / a request interceptor set in the file count."""
        if parts[0] != "axios" or len(parts) > 2 or _SETS_GLOBAL_AUTH.search(self.root.text or b""):
            return True
        method = parts[1] if len(parts) == 2 else "request"
        index = 0 if method == "request" else 1 if method in _NO_BODY_METHODS else 2 if method in _BODY_METHODS else None
        if index is None:
            return True  # axios.all, axios.create(...).get: not a plain request
        args = call_args(call)
        if len(args) <= index:
            return False  # no config: the shared instance's defaults, which this file never keys
        config = args[index]
        containers = self.containers(config)
        if not containers:
            return True
        for container in containers:
            if self.auth_container(container):
                return True
            headers = self.member_value(container, "headers")
            if headers is not None and (not self.containers(headers)
                                        or any(self.auth_container(c) for c in self.containers(headers))):
                return True
            if self.member_value(container, "auth") is not None:
                return True
        return False

    def _binding_function(self, node: ts.Node) -> ts.Node | None:
        name = node_text(node)
        fn = enclosing(node, FUNCTION_TYPES)
        while fn is not None:
            if _first_param_name(fn) == name:
                return fn
            fn = enclosing(fn, FUNCTION_TYPES)
        return None
