"""The state every fact family shares: the file's value flow, and the dict/object literals an
expression may evaluate to."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Mapping

import tree_sitter as ts

from mistral_keyguard.project import ModuleFact
from mistral_keyguard.dataflow import ValueFlow, node_text
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.sinks import FUNCTION_TYPES, unwrap

_MISTRAL = re.compile(r"(?i)mistral")
OTHER_VENDOR = re.compile(
    r"(?i)openai|anthropic|claude|cohere|groq|gemini|google|azure|huggingface|hf_|stripe|github|"
    r"slack|discord|telegram|twilio|sendgrid|aws|session|cookie|jwt|csrf|database|db_|redis|"
    r"supabase|firebase|pinecone|qdrant|weaviate|langsmith|langchain_api|serp|tavily|notion|"
    r"airtable|sentry|datadog|posthog|algolia")
_KEY_NAME = re.compile(r"(?i)(api_?key|apikey|api_?token|auth_?key|llm_?key|client_?key)$")
_MISTRAL_KEY_NAME = re.compile(r"(?i)mistral\w*(key|token|secret)$|^\w*(key|token|secret)_?mistral$")
ENV_OBJECTS = frozenset({"os.environ", "environ", "process.env", "import.meta.env", "Deno.env", "Bun.env"})
ENV_READ_FN = re.compile(r"^((os\.)?environ\.get|(os\.)?getenv|Deno\.env\.get|env|config|decouple\.config)$")
# Headers in which clients (or this code) send an API key.
KEY_HEADERS = re.compile(r"(?i)^(x-)?(mistral-)?api-key$|^x-mistral-(api-)?key$|^mistral-key$|^http_x_(mistral_)?api_key$|^http_x_mistral_key$")
AUTH_HEADER = re.compile(r"(?i)^(authorization|x-api-key|api-key|x-mistral-key|mistral-api-key)$")
REQUEST_NAME = re.compile(r"(?i)(^|\.)(req|request|rawRequest|raw_request|incoming|incomingRequest|event|evt)(\.raw)?$|request$")
MAX_BINDINGS = 4
HEADERS_NAME = re.compile(r"(?i)^(request_|req_|auth_?|mistral_?|default_?)?headers$")
WHOLE_REQUEST = re.compile(r"^(req|request)$")
CONTEXT_NAME = re.compile(r"^(ctx|context|c)$")  # Koa's ctx.headers are the request's
RESPONSE_NAME = re.compile(r"(?i)(^|\.)(res|resp|response|r|upstream|reply|result|out|data)$|response$")


# `DEFAULT_MISTRAL_API_ENV_KEY`, `MISTRAL_KEY_VAR`, `api_key_env`: the key variable's name, not the key.
_NAMES_A_VARIABLE = re.compile(r"(?i)env_?(key|var|name)$|(key|token)_?(env|var|env_?var|name|var_?name)$")


def string_value(flow: ValueFlow, node: ts.Node | None) -> str | None:
    if node is None:
        return None
    return flow.static_string(node)


def is_key_name(name: str, mistral_file: bool) -> bool:
    """A name that says "the Mistral API key": any key-ish name mentioning Mistral, or (in a file
    that talks to Mistral) a generic one like `api_key`, never another vendor's."""
    name = name.strip("'\"`")
    if OTHER_VENDOR.search(name) or _NAMES_A_VARIABLE.search(name):
        return False
    if _MISTRAL_KEY_NAME.search(name):
        return True
    return mistral_file and bool(_KEY_NAME.search(name)) and not name.lower().endswith(("primary_key", "foreign_key", "cache_key", "sort_key", "idempotency_key", "public_key", "row_key", "partition_key"))


_NAMED_FUNCTIONS = frozenset({"function_definition", "function_declaration", "method_definition",
                              "generator_function_declaration"})
_ANONYMOUS_FUNCTIONS = frozenset({"arrow_function", "function_expression", "function"})
MAX_RETURNS = 16  # a name defined many times over (minified code) says nothing


def _function_parts(node: ts.Node) -> tuple[str | None, ts.Node | None]:
    """(name, body) of `def f`, `function f`, a method, or `const f = () => …`."""
    if node.type in _NAMED_FUNCTIONS:
        name = node.child_by_field_name("name")
        return (node_text(name) if name is not None else None), node.child_by_field_name("body")
    if node.type == "variable_declarator":
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is not None and name.type == "identifier" and value is not None and value.type in _ANONYMOUS_FUNCTIONS:
            return node_text(name), value.child_by_field_name("body")
    return None, None


def _returned_values(body: ts.Node) -> list[ts.Node]:
    """What a function body returns, not looking into nested functions or classes."""
    if body.type not in ("block", "statement_block"):
        return [body]  # an arrow function's expression body
    out, stack = [], [body]
    while stack:
        node = stack.pop()
        if node.type == "return_statement" and node.named_children:
            out.append(node.named_children[0])
        elif node is body or node.type not in FUNCTION_TYPES and node.type not in ("class_definition", "class_declaration"):
            stack.extend(node.named_children)
    return out


class FileFacts():
    """One parsed file, its value flow and memo tables."""


    def __init__(self, language: str, root: ts.Node, flow: ValueFlow, mistral_file: bool,
                 imported: Mapping[str, ModuleFact] | None = None, config_files: Mapping[str, str] | None = None):
        self.language = language
        self.imported = imported or {}  # the project view's facts about imported names
        self.config_files = config_files or {}  # config files named here that hold the key (`holdings.configs`)
        self.ecma = language in ECMA_LANGUAGES
        self.root = root
        self.flow = flow
        self.mistral_file = mistral_file
        self._key_memo: dict[tuple, str | None] = {}
        self._header_memo: dict[tuple, str | None] = {}
        self._container_memo: dict[tuple, list[ts.Node]] = {}

    def member_value(self, container: ts.Node, key: str, depth: int = 0) -> ts.Node | None:
        """The value stored under `key` in a dict/object literal, spreads followed (bounded)."""
        return self.flow.member_value(container, key, depth)

    def containers(self, node: ts.Node | None, depth: int = 0) -> list[ts.Node]:
        """Dict or object literals `node` may evaluate to (memoised; ValueFlow's walk is not)."""
        if node is None or depth > 8:
            return []
        node = unwrap(node)
        memo = (node.start_byte, node.end_byte, node.type)
        if memo in self._container_memo:
            return self._container_memo[memo]
        self._container_memo[memo] = []
        out: list[ts.Node] = []
        kind = node.type
        if kind in ("dictionary", "object"):
            out = [node]
        elif kind in ("call", "call_expression"):
            fn = node.child_by_field_name("function")
            args = node.child_by_field_name("arguments")
            if fn is not None and node_text(fn) == "dict" and args is not None:
                out = [args]
            elif fn is not None and fn.type == "identifier":  # `auth_header()` of this file: what it returns
                for value in self._local_functions.get(node_text(fn), ())[:MAX_BINDINGS]:
                    out += self.containers(value, depth + 1)
        elif kind in ("conditional_expression", "ternary_expression"):  # `{…} if key else LEGACY`
            for branch in node.named_children[:3]:
                out += self.containers(branch, depth + 1)
        elif kind in ("identifier", "shorthand_property_identifier"):
            bindings = self.flow.by_name.get(node_text(node), ())
            for binding in bindings if len(bindings) <= MAX_BINDINGS else ():
                if binding.name_node != node:
                    out += self.containers(binding.value, depth + 1)
        elif kind in ("attribute", "member_expression", "subscript", "subscript_expression"):
            for binding in self.flow.by_name.get(node_text(node), ()):
                out += self.containers(binding.value, depth + 1)
            field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
            key = node_text(field) if field is not None else None
            if kind in ("subscript", "subscript_expression"):
                index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
                key = self.flow.static_string(index) if index is not None else None
            parent = node.child_by_field_name("object") or node.child_by_field_name("value")
            if key is not None:
                for container in self.containers(parent, depth + 1):
                    value = self.member_value(container, key)
                    if value is not None:
                        out += self.containers(value, depth + 1)
            if not out and key is not None and parent is not None and node_text(parent) in ("self", "this"):
                for binding in self.flow.by_name.get(key, ()):  # a class field: `auth = {...}`
                    out += self.containers(binding.value, depth + 1)
        self._container_memo[memo] = out
        return out

    @cached_property
    def _local_functions(self) -> dict[str, list[ts.Node]]:
        """Function name -> the values its returns give back (an arrow's expression body too)."""
        found: dict[str, list[ts.Node]] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            name, body = _function_parts(node)
            if name is not None and body is not None:
                found.setdefault(name, []).extend(_returned_values(body))
        return {name: values for name, values in found.items() if len(values) <= MAX_RETURNS}
