"""What gets written where: shared by MK004 header-logging, MK005 key-logging and MK006 error-leak.

Three questions, answered on one parsed file:
- which calls write their arguments to a log or to stdout (`log_calls`), and which parts of an
  argument end up in the written text (`written_parts`: interpolations, `%`/`.format` arguments,
  dict/object values, `JSON.stringify(x)`, `str(x)` ...);
- what such a part holds (`Holdings`): the Mistral key itself, the whole environment, an object
  that carries the key, or request headers / request options carrying the Authorization header;
- which statements send a value back to the user (`response_sink`): a return from a handler, a
  `yield` into a stream, `res.json(...)`, an HTTP error's detail, a chat reply, a UI widget.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import keyshape, queries
from mistral_keyguard.dataflow import ValueFlow, last_segment, node_text, string_content, typed_parameters
from mistral_keyguard.languages import ECMA_LANGUAGES

CODE_LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx"})

# -- what a call writes -----------------------------------------------------------------

_LOG_LEVELS = frozenset({
    "debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log", "msg",
    "trace", "success", "notice", "verbose", "dir", "table",
})
_PY_PRINTERS = frozenset({"print", "pprint", "pp", "ic", "rprint", "display"})
_LOGGER_OBJECT = re.compile(
    r"(^|[._])(log|logger|logging|_log|_logger|structlog|loguru|console|logs|winston|pino|signale|"
    r"consola|LOG|LOGGER|Logger|Log)$|[a-z0-9](Log|Logger|_log|_logger)$")
_STDOUT = re.compile(r"^(sys\.(stdout|stderr)|process\.(stdout|stderr))\.write$")
# Wrappers whose output shows their first argument in full.
_PASS_THROUGH = frozenset({
    "str", "repr", "dict", "list", "tuple", "vars", "String", "json.dumps", "JSON.stringify",
    "pformat", "pprint.pformat", "util.inspect", "inspect", "format", "Object.entries",
    "Object.fromEntries", "Array.from", "ascii", "jsonable_encoder", "model_dump", "sorted",
})
_PASS_METHODS = frozenset({
    "strip", "rstrip", "lstrip", "trim", "trimEnd", "trimStart", "toString", "encode", "decode",
    "get_secret_value", "dict", "model_dump", "json", "model_dump_json", "items", "copy", "toJSON",
    "raw", "entries", "upper", "lower", "toUpperCase", "toLowerCase",
})
_LOG_OPTION_KWARGS = frozenset({"exc_info", "stack_info", "stacklevel", "end", "sep", "file", "flush"})


def is_log_callee(callee: ts.Node) -> bool:
    text = node_text(callee).replace("?.", ".")
    if text in _PY_PRINTERS or text in ("rich.print", "console.print", "pprint.pprint", "rich.inspect"):
        return True
    if _STDOUT.match(text):
        return True
    if "." not in text:
        return text in ("debug", "log", "logger", "trace")  # `const debug = require("debug")("app")`
    obj, method = text.rsplit(".", 1)
    if method not in _LOG_LEVELS and method != "print":
        return False
    if method == "print":
        return last_segment(obj).lower() in ("console", "rich", "pprint")
    return bool(_LOGGER_OBJECT.search(obj)) or \
        bool(re.search(r"(?i)(getLogger|get_logger|logger)\(.*\)$|\b(log|logger)\.\w+\(.*\)$", obj))


def log_calls(language: str, root: ts.Node, query_name: str) -> Iterator[ts.Node]:
    """Call nodes that write their arguments to a log or stdout (the `log` patterns of a query)."""
    for index, caps in queries.matches(language, query_name, root):
        if queries.settings(language, query_name, index).get("sink") != "log":
            continue
        call = caps["call"][0]
        if is_log_callee(call.child_by_field_name("function")):
            yield call


def call_args(call: ts.Node) -> list[ts.Node]:
    args = call.child_by_field_name("arguments")
    if args is None:
        return []
    out = []
    for arg in args.named_children:
        if arg.type == "comment":
            continue
        if arg.type == "keyword_argument":
            name = arg.child_by_field_name("name")
            if name is not None and node_text(name) in _LOG_OPTION_KWARGS:
                continue
        out.append(arg)
    return out


def unwrap(node: ts.Node) -> ts.Node:
    while node.type in ("parenthesized_expression", "as_expression", "satisfies_expression",
                        "non_null_expression", "await", "await_expression", "type_assertion") \
            and node.named_children:
        node = node.named_children[0]
    return node


def written_parts(node: ts.Node, depth: int = 0) -> Iterator[ts.Node]:
    """The sub-expressions of a written value whose text ends up in the output."""
    node = unwrap(node)
    if depth > 6:
        yield node
        return
    kind = node.type
    if kind in ("string", "template_string"):
        for child in node.named_children:
            if child.type in ("interpolation", "template_substitution") and child.named_children:
                yield from written_parts(child.named_children[0], depth + 1)
        return
    if kind == "concatenated_string":
        for child in node.named_children:
            yield from written_parts(child, depth + 1)
        return
    if kind in ("binary_operator", "binary_expression"):
        op = node_text(node.child_by_field_name("operator"))
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op == "+":
            yield from written_parts(left, depth + 1)
            yield from written_parts(right, depth + 1)
            return
        if op == "%" and left is not None and unwrap(left).type == "string":
            yield from written_parts(right, depth + 1)
            return
        if op in ("||", "??"):
            yield from written_parts(left, depth + 1)
            yield from written_parts(right, depth + 1)
            return
        yield node
        return
    if kind == "boolean_operator" and node_text(node.child_by_field_name("operator")) == "or":
        yield from written_parts(node.child_by_field_name("left"), depth + 1)
        yield from written_parts(node.child_by_field_name("right"), depth + 1)
        return
    if kind in ("dictionary", "object", "list", "tuple", "array", "set", "argument_list"):
        for child in node.named_children:
            if child.type == "pair":
                value = child.child_by_field_name("value")
                if value is not None:
                    yield from written_parts(value, depth + 1)
            elif child.type in ("spread_element", "dictionary_splat", "list_splat"):
                if child.named_children:
                    yield from written_parts(child.named_children[0], depth + 1)
            elif child.type == "shorthand_property_identifier":
                yield child
            elif child.type == "keyword_argument":
                value = child.child_by_field_name("value")
                if value is not None:
                    yield from written_parts(value, depth + 1)
            elif child.type != "comment":
                yield from written_parts(child, depth + 1)
        return
    if kind == "keyword_argument":
        value = node.child_by_field_name("value")
        if value is not None:
            yield from written_parts(value, depth + 1)
        return
    if kind in ("conditional_expression",):
        children = node.named_children
        for child in (children[0], children[2]) if len(children) == 3 else children:
            yield from written_parts(child, depth + 1)
        return
    if kind == "ternary_expression":
        for field in ("consequence", "alternative"):
            yield from written_parts(node.child_by_field_name(field), depth + 1)
        return
    if kind in ("call", "call_expression"):
        fn = node.child_by_field_name("function")
        args = call_args(node)
        fn_text = node_text(fn) if fn is not None else ""
        if fn is not None and fn.type in ("attribute", "member_expression"):
            method = node_text(fn.child_by_field_name("attribute") or fn.child_by_field_name("property"))
            obj = fn.child_by_field_name("object")
            if method == "format" and obj is not None and unwrap(obj).type == "string":
                for arg in args:
                    yield from written_parts(arg, depth + 1)
                return
            if method == "join" and obj is not None and unwrap(obj).type == "string" and args:
                yield from written_parts(args[0], depth + 1)
                return
        if (fn_text in _PASS_THROUGH or last_segment(fn_text) in ("dumps", "stringify", "pformat", "inspect")) and args:
            yield from written_parts(args[0], depth + 1)
            return
    yield node


def enclosing(node: ts.Node, types: set[str] | frozenset[str]) -> ts.Node | None:
    parent = node.parent
    while parent is not None:
        if parent.type in types:
            return parent
        parent = parent.parent
    return None


FUNCTION_TYPES = frozenset({
    "function_definition", "function_declaration", "function_expression", "arrow_function",
    "method_definition", "lambda", "generator_function_declaration", "generator_function", "function",
})


# -- what a value holds -----------------------------------------------------------------

_MISTRAL = re.compile(r"(?i)mistral")
_OTHER_VENDOR = re.compile(
    r"(?i)openai|anthropic|claude|cohere|groq|gemini|google|azure|huggingface|hf_|stripe|github|"
    r"slack|discord|telegram|twilio|sendgrid|aws|session|cookie|jwt|csrf|database|db_|redis|"
    r"supabase|firebase|pinecone|qdrant|weaviate|langsmith|langchain_api|serp|tavily|notion|"
    r"airtable|sentry|datadog|posthog|algolia")
_KEY_NAME = re.compile(r"(?i)(api_?key|apikey|api_?token|auth_?key|llm_?key|client_?key)$")
_MISTRAL_KEY_NAME = re.compile(r"(?i)mistral\w*(key|token|secret)$|^\w*(key|token|secret)_?mistral$")
ENV_OBJECTS = frozenset({"os.environ", "environ", "process.env", "import.meta.env", "Deno.env"})
_ENV_READ_FN = re.compile(r"^((os\.)?environ\.get|(os\.)?getenv|Deno\.env\.get|env|config|decouple\.config)$")
# Headers in which clients (or this code) send an API key.
KEY_HEADERS = re.compile(r"(?i)^(x-)?(mistral-)?api-key$|^x-mistral-(api-)?key$|^mistral-key$|^http_x_(mistral_)?api_key$|^http_x_mistral_key$")
AUTH_HEADER = re.compile(r"(?i)^(authorization|x-api-key|api-key|x-mistral-key|mistral-api-key)$")
_REQUEST_NAME = re.compile(r"(?i)(^|\.)(req|request|rawRequest|raw_request|incoming|incomingRequest|event|evt)(\.raw)?$|request$")
_MAX_BINDINGS = 4
_HEADERS_NAME = re.compile(r"(?i)^(request_|req_|auth_?|mistral_?|default_?)?headers$")
_WHOLE_REQUEST = re.compile(r"^(req|request)$")
_CONTEXT_NAME = re.compile(r"^(ctx|context|c)$")  # Koa's ctx.headers are the request's
_RESPONSE_NAME = re.compile(r"(?i)(^|\.)(res|resp|response|r|upstream|reply|result|out|data)$|response$")


def string_value(flow: ValueFlow, node: ts.Node | None) -> str | None:
    if node is None:
        return None
    return flow.static_string(node)


def is_key_name(name: str, mistral_file: bool) -> bool:
    """A name that says "the Mistral API key": any key-ish name mentioning Mistral, or (in a file
    that talks to Mistral) a generic one like `api_key`, never another vendor's."""
    name = name.strip("'\"`")
    if _OTHER_VENDOR.search(name):
        return False
    if _MISTRAL_KEY_NAME.search(name):
        return True
    return mistral_file and bool(_KEY_NAME.search(name)) and not name.lower().endswith(("primary_key", "foreign_key", "cache_key", "sort_key", "idempotency_key", "public_key", "row_key", "partition_key"))


class Holdings:
    """What the expressions of one file hold, as far as a log reader would see."""

    def __init__(self, language: str, root: ts.Node, flow: ValueFlow, mistral_file: bool):
        self.language = language
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
        elif kind in ("identifier", "shorthand_property_identifier"):
            bindings = self.flow.by_name.get(node_text(node), ())
            for binding in bindings if len(bindings) <= _MAX_BINDINGS else ():
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

    # -- the key --------------------------------------------------------------------------

    def key_reason(self, node: ts.Node, depth: int = 0) -> str | None:
        """Why `node` shows the Mistral key in full (None when it does not)."""
        if depth > 6:
            return None
        memo = (node.start_byte, node.end_byte, node.type, depth == 0)
        if memo not in self._key_memo:
            self._key_memo[memo] = None  # a cycle through bindings resolves to "no key"
            self._key_memo[memo] = self._key_reason(node, depth)
        return self._key_memo[memo]

    def _key_reason(self, node: ts.Node, depth: int) -> str | None:
        node = unwrap(node)
        text = node_text(node).replace("?.", ".")
        kind = node.type
        if text in ENV_OBJECTS:
            return "the whole environment (it holds MISTRAL_API_KEY)"
        env_name = self.env_read_name(node)
        if env_name is not None:
            return f"{env_name} from the environment" if is_key_name(env_name, self.mistral_file) else None
        if kind in ("string", "template_string") and string_content(node) is not None:
            return "a Mistral API key" if keyshape.find_keys(string_content(node)) else None
        if kind in ("identifier", "shorthand_property_identifier"):
            return self._identifier_key(node, text, depth)
        if kind in ("attribute", "member_expression"):
            return self._member_key(node, text, depth)
        if kind in ("subscript", "subscript_expression"):
            return self._subscript_key(node, depth)
        if kind in ("call", "call_expression"):
            return self._call_key(node, depth)
        if kind in ("spread_element", "dictionary_splat") and node.named_children:
            inner = node_text(node.named_children[0])
            if inner in ENV_OBJECTS:
                return "the whole environment (it holds MISTRAL_API_KEY)"
        if kind in ("string", "template_string", "binary_operator", "binary_expression",
                    "concatenated_string", "boolean_operator"):
            for part in written_parts(node):
                if part != node:
                    reason = self.key_reason(part, depth + 1)
                    if reason:
                        return reason
        return None

    def env_read_name(self, node: ts.Node) -> str | None:
        """`os.environ["X"]`, `os.getenv("X")`, `process.env.X`, `import.meta.env.X` -> X."""
        node = unwrap(node)
        if node.type in ("subscript", "subscript_expression"):
            obj = node.child_by_field_name("value") or node.child_by_field_name("object")
            index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
            if obj is not None and node_text(obj).replace("?.", ".") in ENV_OBJECTS:
                return string_value(self.flow, index) or node_text(index)
        if node.type == "member_expression":
            obj = node.child_by_field_name("object")
            if obj is not None and node_text(obj).replace("?.", ".") in ENV_OBJECTS:
                return node_text(node.child_by_field_name("property"))
        if node.type in ("call", "call_expression"):
            fn = node.child_by_field_name("function")
            args = call_args(node)
            if fn is not None and _ENV_READ_FN.match(node_text(fn)) and args:
                name = string_value(self.flow, args[0])
                if name is not None and (node_text(fn) not in ("env", "config") or name.isupper()):
                    return name
        return None

    def _identifier_key(self, node: ts.Node, name: str, depth: int) -> str | None:
        bindings = self.flow.by_name.get(name, ())
        if len(bindings) > _MAX_BINDINGS:
            return None  # `e`, `t` of minified code: without scopes, every binding would be a guess
        for binding in bindings:
            if binding.name_node == node:
                continue
            reason = self.key_reason(binding.value, depth + 1)
            if reason:
                if "from the environment" in reason and "," not in reason:
                    return f"{name}, which holds {reason}"
                return f"{name}, which holds the key"
        if not bindings and _loops_over_environment(node):
            return "the whole environment, entry by entry"
        if bindings and all(_inert(b.value) for b in bindings):
            return None  # MISTRAL_KEY_VAR = "MISTRAL_API_KEY": a name, not the key
        if is_key_name(name, self.mistral_file):
            return f"{name}, which holds the key"
        if depth > 2:
            return None
        return self.object_reason(node)

    def _member_key(self, node: ts.Node, text: str, depth: int) -> str | None:
        field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
        if field is None:
            return None
        name = node_text(field)
        if is_key_name(name, self.mistral_file) or is_key_name(text, False):
            if self._is_secret_str(name):
                return None
            return f"{text}, which holds the key"
        for binding in self.flow.by_name.get(text, ()):
            reason = self.key_reason(binding.value, depth + 1)
            if reason:
                return f"{text}, which holds the key"
        stored = self._stored_key(node.child_by_field_name("object"), name, depth)
        if stored:
            return stored
        if depth == 0:
            return self.object_reason(node)
        return None

    def _stored_key(self, obj: ts.Node | None, field: str | None, depth: int) -> str | None:
        """`headers["Authorization"]` where the dict literal holds `f"Bearer {key}"`."""
        if obj is None or field is None:
            return None
        for container in self.containers(obj):
            value = self.member_value(container, field)
            if value is not None and self.key_reason(value, depth + 1):
                return f"{node_text(obj)}[{field!r}], which holds the key"
        return None

    def _subscript_key(self, node: ts.Node, depth: int) -> str | None:
        obj = node.child_by_field_name("value") or node.child_by_field_name("object")
        index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
        if index is not None and index.type == "slice":
            shown = slice_width(index)
            if shown is not None and shown <= 8:
                return None
            return self.key_reason(obj, depth + 1) if obj is not None else None
        key = string_value(self.flow, index) if index is not None else None
        stored = self._stored_key(obj, key, depth)
        if stored:
            return stored
        if obj is not None and last_segment(node_text(obj)) in ("headers", "META"):
            return None  # a header value: MK004's business
        if key is not None and is_key_name(key, self.mistral_file):
            return f"{node_text(node)}, which holds the key"
        return None

    def _call_key(self, node: ts.Node, depth: int) -> str | None:
        fn = node.child_by_field_name("function")
        if fn is None:
            return None
        fn_text = node_text(fn)
        args = call_args(node)
        if fn.type in ("attribute", "member_expression"):
            method = node_text(fn.child_by_field_name("attribute") or fn.child_by_field_name("property"))
            obj = fn.child_by_field_name("object")
            if method in ("slice", "substring", "substr"):
                shown = js_slice_width(args, method)
                if shown is not None and shown <= 8:
                    return None
                return self.key_reason(obj, depth + 1)
            if method in ("get", "get_secret", "getSecret", "getenv") and args and \
                    string_value(self.flow, args[0]) is not None and \
                    is_key_name(string_value(self.flow, args[0]), self.mistral_file) and \
                    not (obj is not None and last_segment(node_text(obj)) in ("headers", "META")):
                return f"{node_text(node)}, which reads the key"
            if method == "get_secret_value" and obj is not None and \
                    is_key_name(last_segment(node_text(obj)), self.mistral_file):
                return f"{node_text(node)}, the unmasked key"
            if method in _PASS_METHODS and obj is not None:
                if node_text(obj) in ENV_OBJECTS or (method in ("copy", "items") and node_text(obj) in ENV_OBJECTS):
                    return "the whole environment (it holds MISTRAL_API_KEY)"
                return self.key_reason(obj, depth + 1)
        if (fn_text in _PASS_THROUGH or last_segment(fn_text) in ("dumps", "stringify")) and args:
            return self.key_reason(args[0], depth + 1)
        return None

    def _is_secret_str(self, field: str) -> bool:
        """A pydantic `SecretStr` field prints as '**********'."""
        for binding in self.flow.by_name.get(field, ()):
            parent = binding.name_node.parent
            type_node = parent.child_by_field_name("type") if parent is not None else None
            if type_node is not None and "SecretStr" in node_text(type_node):
                return True
        return field in self._secret_str_fields

    @cached_property
    def _secret_str_fields(self) -> frozenset[str]:
        if b"SecretStr" not in (self.root.text or b""):
            return frozenset()
        return frozenset(node_text(node.child_by_field_name("left") or node) for node in _typed_fields(self.root)
                         if "SecretStr" in node_text(node.child_by_field_name("type") or node))

    # -- objects that hold the key ---------------------------------------------------------

    def object_reason(self, node: ts.Node) -> str | None:
        """A dict/object, argparse namespace or settings object that carries the key."""
        text = node_text(node)
        for container in self.containers(node):
            for child in container.named_children:
                key = child.child_by_field_name("key") or child.child_by_field_name("name")
                if child.type == "shorthand_property_identifier":
                    key = child
                if key is None:
                    continue
                name = node_text(key).strip("'\"`")
                if AUTH_HEADER.match(name) or name.lower() == "headers":
                    continue
                value = child.child_by_field_name("value") or child
                if is_key_name(name, self.mistral_file) and (child.type == "shorthand_property_identifier"
                                                             or self.key_reason(value, 1)):
                    return f"{text}, an object holding the key"
        field = self._key_field_read_on(text)
        if field is not None:
            return f"{text}, an object holding the key (its {field} is read in this file)"
        for binding in self.flow.by_name.get(text, ()):
            value = unwrap(binding.value)
            if value.type not in ("call", "call_expression"):
                continue
            callee = node_text(value.child_by_field_name("function"))
            if last_segment(callee) == "parse_args" and self._argparse_has_key():
                return f"{text}, the parsed arguments (they hold --api-key)"
            if self.mistral_file and re.search(r"(?i)(^|\.)(get_?)?(settings|config)$|Settings$", callee) \
                    and self._settings_hold_key():
                return f"{text}, a settings object holding the key"
        return None

    def _key_field_read_on(self, name: str) -> str | None:
        """A key field read on `name` somewhere in the file (`config.apiKey`, `cfg["api_key"]`):
        evidence that the whole object, logged, shows the key."""
        return self._key_fields_read.get(name)

    @cached_property
    def _key_fields_read(self) -> dict[str, str]:
        """Object text -> a key field read on it, from one walk of the file."""
        found: dict[str, str] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type not in ("attribute", "member_expression", "subscript", "subscript_expression"):
                continue
            obj = node.child_by_field_name("object") or node.child_by_field_name("value")
            field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
            if field is None:
                index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
                key = string_value(self.flow, index) if index is not None else None
            else:
                key = node_text(field)
            if obj is None or not key or not is_key_name(key, self.mistral_file):
                continue
            name = node_text(obj)
            if name not in found and not self._is_secret_str(key):
                found[name] = key
        return found

    def _argparse_has_key(self) -> bool:
        return bool(re.search(rb"add_argument\(\s*['\"]--[\w-]*(key|token)['\"]", self.root.text or b""))

    def _settings_hold_key(self) -> bool:
        data = self.root.text or b""
        return bool(re.search(rb"(?i)mistral_?api_?key|\bapi_key\s*:", data)) and b"SecretStr" not in data

    # -- headers ----------------------------------------------------------------------------

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
            if fn is not None and (node_text(fn) in _PASS_THROUGH or last_segment(node_text(fn)) in ("dumps", "stringify")) and args:
                return self.header_reason(args[0], incoming_ok, depth + 1)
            if fn is not None and node_text(fn) in ("req.get", "req.header", "request.get", "request.header") and args:
                return self._header_value(fn.child_by_field_name("object"), args[0], incoming_ok, node)
            return None
        if kind in ("attribute", "member_expression"):
            field = node.child_by_field_name("attribute") or node.child_by_field_name("property")
            obj = node.child_by_field_name("object")
            name = node_text(field) if field is not None else ""
            if name in ("headers", "rawHeaders", "META", "_headers", "all_headers") and obj is not None:
                return self._headers_of(obj, incoming_ok, node)
            if name.lower().replace("_", "-") in ("x-api-key", "authorization") and obj is not None \
                    and last_segment(node_text(obj)) == "headers":
                return self._header_value(unwrap(obj).child_by_field_name("object"), field, incoming_ok, node)
            if self.mistral_file and name.lower() not in ("headers",) and \
                    any(self._auth_container(c) for c in self.containers(node)):
                return f"{text}, headers with an Authorization value"
            if name == "config" and obj is not None and self._is_axios_thing(obj):
                return f"{text}, the axios request config with the Authorization header"
            if name in ("request", "response") and obj is not None and unwrap(obj).type == "identifier" \
                    and self.is_axios_error(unwrap(obj)):
                return f"{text}, part of an axios error that holds the request config and its headers"
        if kind in ("subscript", "subscript_expression"):
            obj = node.child_by_field_name("value") or node.child_by_field_name("object")
            index = node.child_by_field_name("subscript") or node.child_by_field_name("index")
            if obj is not None and index is not None and string_value(self.flow, index) in (
                    "headers", "multiValueHeaders"):
                return self._headers_of(obj, incoming_ok, node)  # a Lambda event["headers"]
            if obj is not None and index is not None and last_segment(node_text(obj)) in ("headers", "META"):
                return self._header_value(unwrap(obj).child_by_field_name("object"), index, incoming_ok, node)
        if kind in ("identifier", "shorthand_property_identifier"):
            return self._identifier_headers(node, text, incoming_ok, depth)
        return None

    def _identifier_headers(self, node: ts.Node, name: str, incoming_ok: bool, depth: int) -> str | None:
        if self.is_axios_config_param(node):
            return f"{name}, the axios request config with the Authorization header"
        if self.is_axios_error(node):
            return f"{name}, an axios error (its config holds the Authorization header)"
        if self.ecma and incoming_ok and _WHOLE_REQUEST.match(name) and self._binding_function(node) is not None:
            # Node prints an IncomingMessage or a fetch Request with every header.
            return f"{name}, the whole incoming request with its headers"
        if len(self.flow.by_name.get(name, ())) > _MAX_BINDINGS:
            return None
        for binding in self.flow.by_name.get(name, ()):
            if binding.name_node == node:
                continue
            reason = self.header_reason(binding.value, incoming_ok, depth + 1)
            if reason:
                return f"{name} ({reason})"
        if not self.mistral_file:
            return None
        for container in self.containers(node):
            if self._auth_container(container):
                return f"{name}, headers with an Authorization value"
            headers = self.member_value(container, "headers")
            if headers is not None and (any(self._auth_container(c) for c in self.containers(headers))
                                        or self.header_reason(headers, incoming_ok, depth + 1)):
                return f"{name}, request options with an Authorization header"
        if _HEADERS_NAME.search(name) and re.search(rb"Authorization|Bearer", self.root.text or b"") and \
                self._built_elsewhere(name):
            return f"{name}, request headers built with the Authorization value"
        for binding in self.flow.by_name.get(name, ()):
            value = unwrap(binding.value)
            if value.type == "new_expression" and node_text(value.child_by_field_name("constructor")) == "Headers":
                args = value.child_by_field_name("arguments")
                first = args.named_children[0] if args is not None and args.named_children else None
                if first is not None and any(self._auth_container(c) for c in self.containers(first)):
                    return f"{name}, headers with an Authorization value"
        return None

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

    def _auth_container(self, container: ts.Node) -> bool:
        for child in container.named_children:
            key = child.child_by_field_name("key") or child.child_by_field_name("name")
            if key is None:
                continue
            if AUTH_HEADER.match(node_text(key).strip("'\"`")):
                value = child.child_by_field_name("value")
                return value is None or not _OTHER_VENDOR.search(node_text(value))
        return False

    def _headers_of(self, obj: ts.Node, incoming_ok: bool, node: ts.Node) -> str | None:
        obj = unwrap(obj)
        obj_text = node_text(obj).replace("?.", ".")
        what = node_text(node)
        if obj.type in ("attribute", "member_expression"):
            field = node_text(obj.child_by_field_name("attribute") or obj.child_by_field_name("property"))
            inner = obj.child_by_field_name("object")
            if field == "request" and inner is not None and _CONTEXT_NAME.match(node_text(inner)):
                pass  # Koa's ctx.request, a framework context's request: incoming
            elif field in ("request", "config", "defaults") and inner is not None:
                if not self.mistral_file:
                    return None  # an outgoing request, in code with no Mistral context
                return f"{what}, the headers of the request sent to Mistral (Authorization included)"
        if self.is_axios_config_param(obj):
            return f"{what}, the axios request headers (Authorization included)"
        if self.mistral_file and any(self._auth_container(c) for c in self.containers(node)):
            return f"{what}, headers with an Authorization value"
        if _RESPONSE_NAME.search(obj_text) and not _REQUEST_NAME.search(obj_text):
            return None
        if _REQUEST_NAME.search(obj_text) or self._typed_as_request(obj) or _CONTEXT_NAME.match(obj_text):
            if self._outgoing_request(obj) and self.mistral_file:
                return f"{what}, the headers of the request sent to Mistral (Authorization included)"
            if incoming_ok:
                return f"{what}, incoming request headers (clients send keys in them)"
            return None
        if obj.type == "identifier" and self.mistral_file and self._http_client(obj):
            return f"{what}, the default headers of an HTTP client that sends the key"
        if obj.type == "identifier" and self.mistral_file:
            for container in self.containers(obj):
                headers = self.member_value(container, "headers")
                if headers is not None and any(self._auth_container(c) for c in self.containers(headers)):
                    return f"{what}, request headers with an Authorization value"
        return None

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

    def _header_value(self, obj: ts.Node | None, index: ts.Node, incoming_ok: bool, node: ts.Node) -> str | None:
        name = string_value(self.flow, index)
        if name is None:
            name = node_text(index)
        if obj is not None and _RESPONSE_NAME.search(node_text(obj)) and not _REQUEST_NAME.search(node_text(obj)):
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
        return typed_parameters(self.root)

    # -- axios ---------------------------------------------------------------------------------

    @cached_property
    def uses_axios(self) -> bool:
        return self.ecma and b"axios" in (self.root.text or b"") and self.mistral_file

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
        names = {"axios"}
        for binding in self.flow.bindings:
            value = unwrap(binding.value)
            if value.type == "call_expression":
                callee = node_text(value.child_by_field_name("function"))
                if callee in ("axios.create",) or (callee == "require" and b"axios" in (value.text or b"")):
                    names.add(binding.name)
        return names

    def _calls_axios(self, node: ts.Node) -> bool:
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type == "call_expression":
                callee = node_text(current.child_by_field_name("function"))
                root_name = re.split(r"[.(\[]", callee, 1)[0]
                if root_name in self._axios_handles:
                    return True
            stack.extend(current.named_children)
        return False

    def _binding_function(self, node: ts.Node) -> ts.Node | None:
        name = node_text(node)
        fn = enclosing(node, FUNCTION_TYPES)
        while fn is not None:
            if _first_param_name(fn) == name:
                return fn
            fn = enclosing(fn, FUNCTION_TYPES)
        return None


_INERT_TYPES = frozenset({"string", "integer", "float", "number", "true", "false", "none", "null",
                          "undefined", "template_string"})


def _inert(value: ts.Node) -> bool:
    """A literal that cannot be the key: a string without a key shape, a number, None."""
    value = unwrap(value)
    if value.type not in _INERT_TYPES:
        return False
    if value.type in ("string", "template_string"):
        content = string_content(value)
        return content is not None and not keyshape.find_keys(content)
    return True


_ENV_ITERABLE = re.compile(r"^(os\.environ|environ|process\.env)(\.items\(\))?$|^Object\.(entries|values)\(process\.env\)$")


def _loops_over_environment(node: ts.Node) -> bool:
    """`for k, v in os.environ.items(): print(k, v)`, `for (const [k, v] of Object.entries(process.env))`."""
    name = node_text(node)
    parent = node.parent
    while parent is not None and parent.type not in FUNCTION_TYPES:
        if parent.type in ("for_statement", "for_in_statement"):
            left = parent.child_by_field_name("left")
            right = parent.child_by_field_name("right")
            if left is not None and right is not None and _ENV_ITERABLE.match(node_text(right)):
                names = [node_text(n) for n in _descendant_identifiers(left)]
                iterable = node_text(right)
                if names and name == names[-1]:
                    # Values, not just the variables' names: `.items()` / `Object.entries` pairs, `Object.values`.
                    return iterable.startswith("Object.values") or len(names) > 1 and (
                        iterable.endswith(".items()") or iterable.startswith("Object.entries"))
        parent = parent.parent
    return False


def _descendant_identifiers(node: ts.Node) -> list[ts.Node]:
    out = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in ("identifier", "shorthand_property_identifier_pattern"):
            out.append(current)
        stack.extend(reversed(current.named_children))
    return out


def _first_param_name(fn: ts.Node) -> str | None:
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return None
    if params.type == "identifier":
        return node_text(params)
    for child in params.named_children:
        target = child.child_by_field_name("pattern") or child.child_by_field_name("name") or child
        return node_text(target)
    return None


def _typed_fields(root: ts.Node) -> Iterator[ts.Node]:
    """Python annotated assignments (`mistral_api_key: SecretStr = ...`), for SecretStr checks."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "assignment" and node.child_by_field_name("type") is not None:
            yield node
        stack.extend(node.named_children)


def slice_width(index: ts.Node) -> int | None:
    """How many characters `x[a:b]` shows at most, when the bounds are small integer literals."""
    parts: list[ts.Node | None] = [None, None]
    i = 0
    for child in index.children:
        if child.type == ":":
            i += 1
            if i > 1:
                break
            continue
        if child.is_named:
            parts[i] = child
    start, stop = (_int(p) for p in parts)
    if parts[0] is not None and start is None or parts[1] is not None and stop is None:
        return None
    if start is None and stop is not None:
        return stop if stop >= 0 else None
    if start is not None and stop is None:
        return -start if start < 0 else None
    if start is not None and stop is not None:
        if start >= 0 and stop >= 0 or start < 0 and stop < 0:
            return max(stop - start, 0)
    return None


def js_slice_width(args: list[ts.Node], method: str) -> int | None:
    values = [_int(a) for a in args]
    if not values or any(v is None for v in values):
        return None
    if len(values) == 1:
        return -values[0] if values[0] < 0 else None
    a, b = values[0], values[1]
    if method == "substr":
        return b
    if a >= 0 and b >= 0 or a < 0 and b < 0:
        return abs(b - a)
    return None


def _int(node: ts.Node | None) -> int | None:
    if node is None:
        return None
    text = node_text(node).replace(" ", "")
    try:
        return int(text)
    except ValueError:
        return None
