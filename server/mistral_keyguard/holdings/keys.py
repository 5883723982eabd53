"""Whether an expression shows the Mistral key in full: a literal, an env read, a binding or
attribute that holds one, a settings field (MK005)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import keyshape
from mistral_keyguard.dataflow import DRAW_CALLS, last_segment, node_text, string_content
from mistral_keyguard.project import (
    CATCHES_MISTRAL, CONFIG_SERVICE_NAME, HOLDS_KEY, KEY_DEFAULTS, KEY_POOL, KEY_USE, KEYED_FACTORY, MISTRAL_OBJECT,
    REACHES_MISTRAL, RETURNS_HOLDER, RETURNS_KEY, SECRET_FIELD, STORED_SETTINGS, ModuleFact, KEY_VALUE,
)
from mistral_keyguard.holdings import configs
from mistral_keyguard.holdings.base import (
    ENV_READ_FN,
    MAX_BINDINGS,
    ENV_OBJECTS,
    AUTH_HEADER,
    MAX_RETURNS,
    OTHER_VENDOR,
    FileFacts,
    is_key_name,
    string_value,
)
from mistral_keyguard.sinks import (
    PASS_METHODS,
    PASS_THROUGH,
    FUNCTION_TYPES,
    call_args,
    js_slice_width,
    slice_width,
    unwrap,
    written_parts,
)

_FIELD_FILTERS = frozenset({"exclude", "include"})
_FIELD_LISTS = frozenset({"set", "list", "tuple", "dictionary", "array"})


def _drops_key_fields(flow, call: ts.Node) -> bool:
    """A dump of an object's fields that leaves the key out: pydantic's `model_dump(exclude={"api_key"})`,
    `model_dump_json(include={"model"})`, `jsonable_encoder(cfg, exclude={…})`, a field set bound
    to a name (`exclude=SECRET_FIELDS`). The object holds the key already, so a key-like name is
    read as its field whether or not the file names Mistral."""
    args = call.child_by_field_name("arguments")
    if args is not None and args.type == "arguments":  # `JSON.stringify(cfg, ["model", "region"])`: an allow-list
        listed = [a for a in args.named_children if a.type != "comment"]
        fields = _field_names(flow, listed[1]) if len(listed) > 1 and listed[1].type == "array" and \
            node_text(call.child_by_field_name("function")) == "JSON.stringify" else None
        return bool(fields) and not any(is_key_name(field, True) for field in fields)
    if args is None or args.type != "argument_list":
        return False
    for arg in args.named_children:
        name = arg.child_by_field_name("name") if arg.type == "keyword_argument" else None
        if name is None or node_text(name) not in _FIELD_FILTERS:
            continue
        fields = _field_names(flow, arg.child_by_field_name("value"))
        if fields is None:
            continue
        keyed = any(is_key_name(field, True) for field in fields)
        if keyed if node_text(name) == "exclude" else fields and not keyed:
            return True
    return False


def _field_names(flow, value: ts.Node | None) -> list[str] | None:
    """The field names a literal set, list, tuple or dict (its keys) spells, or the one a name is
    bound to; None when they are not all plain strings."""
    value = unwrap(value) if value is not None else None
    if value is not None and value.type == "identifier":
        bindings = flow.by_name.get(node_text(value), ())
        value = unwrap(bindings[0].value) if len(bindings) == 1 else None
    if value is None or value.type not in _FIELD_LISTS:
        return None
    items = [item.child_by_field_name("key") if item.type == "pair" else item for item in value.named_children]
    names = [string_value(flow, item) for item in items if item is not None and item.type != "comment"]
    return None if any(n is None for n in names) else names


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


_MISTRAL = re.compile(r"(?i)mistral")
_KEY_FILE = re.compile(r"(?i)key|token")
_MAX_PATH_TEXT = 200  # a path expression longer than this is not where a key file is named
_MAX_SCOPE_TEXT = 64 * 1024
# `@Inject(mistralConfig.KEY) private readonly settings: ConfigType<typeof mistralConfig>`.
_CONFIG_TYPE_PARAMETER = re.compile(r"([A-Za-z_$][\w$]*)\s*:\s*ConfigType<\s*typeof\s+([A-Za-z_$][\w$]*)\s*>")
# `config = app.get(ConfigService)`, `private readonly config: ConfigService`.
_CONFIG_SERVICE_BINDING = re.compile(r"([A-Za-z_$][\w$]*)\s*(?::\s*|=\s*(?:await\s+)?[\w$.]+\.get\(\s*)ConfigService\b")


# A pool of keys (a list of literals, `cycle(KEYS)`, a rotator built on one) and the calls and
# argument-less methods that draw one key from it.
_DRAW_METHODS = frozenset({"next", "pop", "popleft", "choice", "current", "acquire", "get_key", "next_key", "rotate",
                           "pick"})
_MAX_POOL_DEPTH = 4
# A framework's config lookup by a dotted path (Masonite's `config("mistral.api_key")`, Laravel-style
# `config("services.mistral.key")`, a settings store's `settings.get("mistral.api_key")`).
_CONFIG_GETTERS = frozenset({"config", "get", "get_config", "setting", "get_setting"})
_PATH_KEY_WORDS = frozenset({"key", "token", "secret"})
_MAX_SECTIONS = 6  # `raw["a"]["b"]…` of a loaded config: how deep a section is looked up
_MAX_POOL_ITEMS = 16

# Streamlit's secrets (`.streamlit/secrets.toml`), and an entry read from them.
_SECRETS_MAPPINGS = frozenset({"st.secrets", "streamlit.secrets"})
_SECRETS_ENTRY = re.compile(r"""\bsecrets(?:\[\s*["']|\.get\(\s*["']|\.)(\w+)""")
_TALKS_TO_MISTRAL = frozenset({REACHES_MISTRAL, CATCHES_MISTRAL, MISTRAL_OBJECT})


_ENV_ITERABLE = re.compile(r"^(os\.environ|environ|process\.env)(\.items\(\))?$|^Object\.(entries|values)\(process\.env\)$")


_KEY_VARIABLE = "MISTRAL_API_KEY"
_NEGATION = re.compile(r"\bnot\b|!=")


def _environment_subset(node: ts.Node) -> str | None:
    """`{k: v for k, v in os.environ.items() if k.startswith("MISTRAL")}`: the environment's values
    under a filter that keeps the key's variable (no filter, or a literal that names part of it)."""
    loop = next((c for c in node.named_children if c.type == "for_in_clause"), None)
    right = loop.child_by_field_name("right") if loop is not None else None
    if right is None or not node_text(right).endswith(".items()") or not _ENV_ITERABLE.match(node_text(right)):
        return None
    pair = node.child_by_field_name("body")
    value = pair.child_by_field_name("value") if pair is not None and pair.type == "pair" else None
    names = _descendant_identifiers(loop.child_by_field_name("left") or loop)
    if value is None or not names or node_text(value) != node_text(names[-1]):
        return None  # `{k: len(v) …}`: what is kept is not the values themselves
    filters = [c for c in node.named_children if c.type == "if_clause"]
    if any(_NEGATION.search(node_text(f)) for f in filters):
        return None  # `if "KEY" not in k`: a filter that drops secrets
    kept = not filters or any(
        len(literal) >= 3 and literal.upper() in _KEY_VARIABLE
        for f in filters for literal in re.findall(r"""["']([A-Za-z_]+)["']""", node_text(f)))
    return "the environment's MISTRAL_* variables (MISTRAL_API_KEY among them)" if kept else None


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


def typed_fields(root: ts.Node) -> Iterator[ts.Node]:
    """Python annotated assignments (`mistral_api_key: SecretStr = ...`), for SecretStr checks."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "assignment" and node.child_by_field_name("type") is not None:
            yield node
        stack.extend(node.named_children)


def _default_names(parameters: ts.Node) -> list[str]:
    """Names a function's parameters default to (`path: Path = CONFIG_PATH`)."""
    values = [p.child_by_field_name("value") for p in parameters.named_children
              if p.type in ("default_parameter", "typed_default_parameter")]
    return [node_text(v) for v in values if v is not None and v.type == "identifier"]


def _pattern_names(pattern: ts.Node) -> Iterator[tuple[str, str]]:
    """(field, local name) of an object pattern's entries: `{ apiKey, model: m }`."""
    for entry in pattern.named_children:
        if entry.type == "shorthand_property_identifier_pattern":
            yield node_text(entry), node_text(entry)
        elif entry.type == "pair_pattern":
            key, value = entry.child_by_field_name("key"), entry.child_by_field_name("value")
            if key is not None and value is not None and value.type == "identifier":
                yield node_text(key), node_text(value)


# A browser extension's storage read (`chrome.storage.sync.get(["apiKey"])`, webextension-polyfill's
# `browser.storage.local.get({ apiKey: "" })`): what it gives holds the fields it asked for.
_EXTENSION_STORAGE_GET = re.compile(r"^(chrome|browser)\.storage\.(local|sync|session|managed)\.get$")
_MAX_STORED_ITEMS = 32


def _object_field_names(obj: ts.Node):
    for entry in obj.named_children[:_MAX_STORED_ITEMS]:
        key = entry if entry.type == "shorthand_property_identifier" else entry.child_by_field_name("key")
        if key is not None:
            yield node_text(key).strip("'\"`")


# A config section named for Mistral (`cfg["mistral"]`, `settings.mistral_ai`), not a field of it.
_SECTION_NAME = re.compile(r"(?i)^mistral(?:_?ai)?$")


class KeyFacts(FileFacts):

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
        if kind == "dictionary_comprehension":
            return _environment_subset(node)
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
            if fn is not None and ENV_READ_FN.match(node_text(fn)) and args:
                name = string_value(self.flow, args[0])
                if name is not None and (node_text(fn) not in ("env", "config") or name.isupper()):
                    return name
        return None

    def _identifier_key(self, node: ts.Node, name: str, depth: int) -> str | None:
        fact = self.imported.get(name)
        if fact is not None and fact.kind == HOLDS_KEY:
            return f"{name}, an object holding the key (see {fact.path})"
        if fact is not None and fact.kind == KEY_USE:
            return f"{name}, the key another module passes to Mistral (see {fact.path})"
        if fact is not None and fact.kind == KEY_VALUE and not self.flow.by_name.get(name):
            return f"{name}, the Mistral key read from the environment in {fact.path}"
        if name in self._config_services:
            return f"{name}, a ConfigService whose loaded config holds the key"
        bindings = self.flow.by_name.get(name, ())
        if len(bindings) > MAX_BINDINGS:
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
        if name in self._destructured_keys:
            return f"{name}, the key field of {self._destructured_keys[name]}"
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
        if name == "__dict__" and node.child_by_field_name("object") is not None:
            return self.key_reason(node.child_by_field_name("object"), depth + 1)  # every attribute shows
        if text in _SECRETS_MAPPINGS and self._secrets_hold_key:
            return f"{text}, the whole secrets mapping (it holds the Mistral key)"
        fact = self.imported.get(text)
        if fact is not None and fact.kind == HOLDS_KEY:
            return f"{text}, an object holding the key (see {fact.path})"
        owner = self.imported.get(text.rpartition(".")[0])
        if owner is not None and owner.kind == HOLDS_KEY and name in owner.detail.split(","):
            return f"{text}, the key field of an object holding it (see {owner.path})"
        if fact is not None and fact.kind == KEY_USE:
            return f"{text}, the key another module passes to Mistral (see {fact.path})"
        if fact is not None and fact.kind == KEY_VALUE:
            return f"{text}, the Mistral key read from the environment in {fact.path}"
        if text.startswith(("this.", "self.")) and text.count(".") == 1 and name in self._config_services:
            return f"{text}, a ConfigService whose loaded config holds the key"
        if text.startswith("this.") and text.count(".") == 1 and name in self._injected_namespaces:
            return f"{text}, the {self._injected_namespaces[name]} config namespace, which holds the key"
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
        section = self._mistral_section_of(node.child_by_field_name("object"), name, depth)
        if section:
            return section
        if depth == 0:
            return self.object_reason(node)
        return None

    def _mistral_section_of(self, obj: ts.Node | None, section: str | None, depth: int) -> str | None:
        """`cfg["mistral"]`, `settings.mistral`: the Mistral section of a config or settings object
        that holds the key is where it holds it."""
        if obj is None or section is None or not _SECTION_NAME.match(section) or \
                obj.type not in ("identifier", "attribute", "member_expression"):
            return None
        holder = self.key_reason(obj, depth + 1)
        if holder and "environment" not in holder:
            return f"{node_text(obj)}[{section!r}], the Mistral section of an object holding the key"
        return None

    def _stored_key(self, obj: ts.Node | None, field: str | None, depth: int) -> str | None:
        """`headers["Authorization"]` where the dict literal holds `f"Bearer {key}"`."""
        if obj is None or field is None:
            return None
        holder = self._holder_call_fact(obj)
        if holder is not None and field in holder.detail.split(","):
            return f"{node_text(obj)}[{field!r}], which holds the key (see {holder.path})"
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
            return self._auth_value_of(obj, key, node)  # else a header value: MK004's business
        if key is not None and is_key_name(key, self.mistral_file):
            return f"{node_text(node)}, which holds the key"
        section = self._mistral_section_of(obj, key, depth)
        if section:
            return section
        if key is not None and not self.mistral_file and is_key_name(key, True):
            loaded = self._loaded_config_section(obj)
            if loaded:
                return f"{node_text(node)}, the key field of {loaded}"
        return None

    def _loaded_config_section(self, obj: ts.Node | None) -> str | None:
        """`raw["llm"]` where `raw = yaml.safe_load(…)` of a config file that holds the Mistral
        key: a generic key field read from it (`raw["llm"]["api_key"]`) is that key, in a module
        that never names Mistral (a settings loader). A section naming another vendor
        (`raw["openai"]`) holds that vendor's key."""
        for _ in range(_MAX_SECTIONS):
            if obj is None or obj.type != "subscript":
                break
            section = string_value(self.flow, obj.child_by_field_name("subscript"))
            if section is not None and OTHER_VENDOR.search(section):
                return None
            obj = obj.child_by_field_name("value")
        if obj is None or obj.type != "identifier":
            return None
        for binding in self.flow.by_name.get(node_text(obj), ())[:MAX_BINDINGS]:
            value = unwrap(binding.value)
            loaded = self.loaded_config(value) if value.type == "call" else None
            if loaded:
                return loaded
        return None

    def _call_key(self, node: ts.Node, depth: int) -> str | None:
        fn = node.child_by_field_name("function")
        if fn is None:
            return None
        fn_text = node_text(fn)
        args = call_args(node)
        if _drops_key_fields(self.flow, node):
            return None  # `settings.model_dump(exclude={"mistral_api_key"})`
        if fn.type in ("attribute", "member_expression"):
            method = node_text(fn.child_by_field_name("attribute") or fn.child_by_field_name("property"))
            obj = fn.child_by_field_name("object")
            if method in ("slice", "substring", "substr"):
                shown = js_slice_width(args, method)
                if shown is not None and shown <= 8:
                    return None
                return self.key_reason(obj, depth + 1)
            section = self._config_section(obj, method, args)
            if section:
                return section
            if method == "get" and args and obj is not None and last_segment(node_text(obj)) == "headers":
                return self._auth_value_of(obj, string_value(self.flow, args[0]), node)
            if method in ("get", "get_secret", "getSecret", "getenv") and args and \
                    string_value(self.flow, args[0]) is not None and \
                    is_key_name(string_value(self.flow, args[0]), self.mistral_file) and \
                    not (obj is not None and last_segment(node_text(obj)) in ("headers", "META")):
                return f"{node_text(node)}, which reads the key"
            if method == "get_secret_value" and obj is not None and \
                    is_key_name(last_segment(node_text(obj)), self.mistral_file):
                return f"{node_text(node)}, the unmasked key"
            if method in PASS_METHODS and obj is not None:
                if node_text(obj) in ENV_OBJECTS or (method in ("copy", "items") and node_text(obj) in ENV_OBJECTS):
                    return "the whole environment (it holds MISTRAL_API_KEY)"
                return self.key_reason(obj, depth + 1)
        if last_segment(fn_text) in _CONFIG_GETTERS and args and _mistral_key_path(string_value(self.flow, args[0])):
            return f"{node_text(node)}, which reads the key from the app config"
        if (fn_text in PASS_THROUGH or last_segment(fn_text) in ("dumps", "stringify")) and args:
            return self.key_reason(args[0], depth + 1)
        fact = self.imported.get(fn_text)
        if fact is not None and fact.kind == RETURNS_KEY:
            return f"{fn_text}(), which returns the key (see {fact.path})"
        if fact is not None and fact.kind == RETURNS_HOLDER and any(
                not AUTH_HEADER.match(name) for name in fact.detail.split(",")):
            return f"{fn_text}(), which returns an object holding the key (see {fact.path})"
        if fact is not None and fact.kind == STORED_SETTINGS:
            return f"{fn_text}(), stored settings holding the key ({fact.detail.split(',')[0]}, see {fact.path})"
        fact = self.imported.get(fn_text + KEYED_FACTORY)
        if fact is not None and fact.kind == HOLDS_KEY:
            return f"{fn_text}(…), an object whose printed fields include the key ({fact.detail.split(',')[0]}, see {fact.path})"
        drawn = self._drawn_key(fn, fn_text, args, depth)
        if drawn:
            return drawn
        stored = self._stored_secret(node, fn_text, args) or self._loaded_config(node, fn_text)
        if stored:
            return stored
        return self._local_returner_key(fn, fn_text, depth) or self.built_with_key(node, fn_text, depth)

    def _drawn_key(self, fn: ts.Node, fn_text: str, args: list[ts.Node], depth: int) -> str | None:
        """One key drawn from a pool of keys: `next(pool)`, `random.choice(KEYS)`, `self._pool.next()`."""
        if fn.type == "attribute" and not args and last_segment(fn_text) in _DRAW_METHODS:
            pool = fn.child_by_field_name("object")
        elif last_segment(fn_text) in DRAW_CALLS and args:
            pool = args[0]
        else:
            return None
        return f"{fn_text}(…), a key drawn from a pool of keys" if self.key_pool(pool, depth) else None

    def key_pool(self, node: ts.Node | None, depth: int = 0) -> bool:
        """A list of key literals, a pool another module exports, or what wraps one: `cycle(KEYS)`,
        `KeyPool(KEYS)`, a name or attribute bound to one (bounded)."""
        if node is None or depth > _MAX_POOL_DEPTH:
            return False
        node = unwrap(node)
        if node.type in ("list", "tuple", "set", "array"):
            return any(item.type == "string" and keyshape.find_keys(string_content(item) or "")
                       for item in node.named_children[:_MAX_POOL_ITEMS])
        fact = self.imported.get(node_text(node)) if node.type in ("identifier", "attribute") else None
        if fact is not None:
            return fact.kind == HOLDS_KEY and fact.detail == KEY_POOL
        if node.type in ("identifier", "attribute"):
            bindings = self.flow.by_name.get(node_text(node), ())[:MAX_BINDINGS]
            return any(self.key_pool(b.value, depth + 1) for b in bindings if b.name_node != node)
        if node.type == "call":
            return any(self.key_pool(arg, depth + 1) for arg in call_args(node)[:2] if arg.type != "keyword_argument")
        return False

    def _auth_value_of(self, headers: ts.Node, name: str | None, node: ts.Node) -> str | None:
        """`client.headers["Authorization"]`: the Bearer string of outgoing headers that carry the
        key is the key itself (MK005), not a whole headers dict (MK004)."""
        if name is None or not AUTH_HEADER.match(name):
            return None
        reason = self.outgoing_key_headers(headers)
        return f"{node_text(node)}, the {name} value of {reason}" if reason else None

    def outgoing_key_headers(self, headers: ts.Node) -> str | None:
        """Why `headers` are the headers of an outgoing request carrying the key (answered by
        `HeaderFacts`)."""
        return None

    def built_with_key(self, call: ts.Node, fn_text: str, depth: int) -> str | None:
        """A config object built with the key (answered by `ObjectFacts`)."""
        return None

    def _config_section(self, obj: ts.Node | None, method: str, args: list[ts.Node]) -> str | None:
        """`config.get("mistral")` on a NestJS ConfigService whose factory holds the key there."""
        if method not in ("get", "getOrThrow") or obj is None or not args or not self._config_services:
            return None
        name = node_text(obj)
        if name not in self._config_services and last_segment(name) not in self._config_services:
            return None
        section = string_value(self.flow, args[0]) or ""
        if section.split(".")[0] in self._key_sections and (
                section.count(".") == 0 or is_key_name(last_segment(section), True)):
            return f"{name}.{method}({section!r}), a config section holding the key"
        return None

    @cached_property
    def _key_sections(self) -> frozenset[str]:
        """The ConfigService sections that hold the key: the top-level fields of the factories the
        imported module registers, and the namespace of a `registerAs` factory imported here (a
        service injecting `mistralConfig.KEY`: the namespace is registered)."""
        details = [fact.detail for name, fact in self.imported.items() if name == CONFIG_SERVICE_NAME or
                   fact.kind == RETURNS_HOLDER and "." in fact.detail]
        return frozenset(field.split(".")[0] for detail in details for field in detail.split(","))

    @cached_property
    def _injected_namespaces(self) -> dict[str, str]:
        """NestJS parameters typed `ConfigType<typeof mistralConfig>` of an imported `registerAs`
        factory holding the key: the injected namespace object, by parameter name."""
        data = self.root.text or b""
        if not self.ecma or b"ConfigType" not in data:
            return {}
        found = {}
        for name, factory in _CONFIG_TYPE_PARAMETER.findall(data.decode("utf-8", "replace")):
            fact = self.imported.get(factory)
            if fact is not None and fact.kind == RETURNS_HOLDER and "." in fact.detail:
                found[name] = fact.detail.split(".")[0]
        return found

    @cached_property
    def _config_services(self) -> frozenset[str]:
        """Names of a NestJS ConfigService (`app.get(ConfigService)`, a `config: ConfigService`
        parameter) in a file that imports the module registering a key-holding config factory,
        or such a factory itself."""
        if not self._key_sections or b"ConfigService" not in (self.root.text or b""):
            return frozenset()
        text = (self.root.text or b"").decode("utf-8", "replace")
        return frozenset(_CONFIG_SERVICE_BINDING.findall(text))

    @cached_property
    def _destructured_keys(self) -> dict[str, str]:
        """Names destructured from the key fields of an imported function's returned object
        (`const { apiKey, model } = readConfig()`): local name -> what it came from."""
        holders = {name for name, fact in self.imported.items() if fact.kind == RETURNS_HOLDER}
        if not holders or not self.ecma:
            return {}
        found: dict[str, str] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type != "variable_declarator":
                continue
            pattern, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            value = unwrap(value) if value is not None else None
            fn = value.child_by_field_name("function") if value is not None and value.type == "call_expression" else None
            if pattern is None or pattern.type != "object_pattern" or fn is None or node_text(fn) not in holders:
                continue
            fields = set(self.imported[node_text(fn)].detail.split(","))
            for field, local in _pattern_names(pattern):
                if field in fields:
                    found[local] = f"{node_text(fn)}()"
        return found

    def _holder_call_fact(self, node: ts.Node) -> ModuleFact | None:
        """The fact of an imported function returning an object with the key in some fields, when
        `node` is its call or a name bound to one (`headers = auth_headers()`)."""
        node = unwrap(node)
        if node.type == "identifier":
            bindings = self.flow.by_name.get(node_text(node), ())
            calls = [unwrap(b.value) for b in bindings[:MAX_BINDINGS] if b.name_node != node]
            node = next((v for v in calls if v.type in ("call", "call_expression")), node)
        if node.type not in ("call", "call_expression"):
            return None
        fact = self.imported.get(node_text(node.child_by_field_name("function")))
        return fact if fact is not None and fact.kind == RETURNS_HOLDER else None

    def _stored_secret(self, node: ts.Node, fn_text: str, args: list[ts.Node]) -> str | None:
        """The key read from where tools keep it: the keyring under a Mistral service name, or a
        file whose path names Mistral and a key (`~/.config/mistral/api_key`)."""
        if last_segment(fn_text) == "get_password" and any(_MISTRAL.search(node_text(a)) for a in args[:2]):
            return f"{fn_text}(...), the key from the keyring"
        if self.ecma and _EXTENSION_STORAGE_GET.match(fn_text) and args and self._names_stored_key(args[0], 0):
            return f"{fn_text}(…), stored settings holding the key"
        fn = node.child_by_field_name("function")
        if last_segment(fn_text) in ("read_text", "read", "readFileSync") and fn is not None:
            source = fn.child_by_field_name("object") if fn.type in ("attribute", "member_expression") else None
            source_text = node_text(source)[:_MAX_PATH_TEXT] if source is not None else ""
            if last_segment(fn_text) == "readFileSync" and args:
                source_text = node_text(args[0])[:_MAX_PATH_TEXT]
            if _MISTRAL.search(source_text) and _KEY_FILE.search(source_text):
                return f"{fn_text}(), the key read from its file"
        return None

    def _names_stored_key(self, node: ts.Node, depth: int) -> bool:
        """What an extension storage read asks for names a key field: `"apiKey"`, `["apiKey", …]`,
        `{ apiKey: "" }`, or a defaults object naming one (here or imported, `KEY_DEFAULTS`)."""
        node = unwrap(node)
        if node.type == "string":
            return is_key_name(string_content(node) or "", True)
        if node.type == "array":
            return any(self._names_stored_key(item, depth + 1) for item in node.named_children[:_MAX_STORED_ITEMS])
        if node.type == "object":
            return any(is_key_name(name, True) for name in _object_field_names(node))
        if node.type == "identifier" and depth < 2:
            fact = self.imported.get(node_text(node))
            if fact is not None:
                return fact.kind == KEY_DEFAULTS
            return any(self._names_stored_key(b.value, depth + 1) for b in self.flow.by_name.get(node_text(node), ())[:MAX_BINDINGS]
                       if b.name_node != node)
        return False

    def loaded_config(self, call: ts.Node) -> str | None:
        """`CFG = tomllib.load(fh)` of a config file that holds the key: a module-level dict its
        importers may print whole (`holdings.configs`)."""
        fn = call.child_by_field_name("function")
        return self._loaded_config(call, node_text(fn)) if fn is not None else None

    def _loaded_config(self, node: ts.Node, fn_text: str) -> str | None:
        """`yaml.safe_load(open("config.yaml"))` of a config file that holds the key (see
        `holdings.configs` for when a `${MISTRAL_API_KEY}` reference counts)."""
        if not self.config_files or last_segment(fn_text) not in configs.LOADER_CALLEES:
            return None
        name = self._config_name(node)
        holds = self.config_files.get(name) if name else None
        if holds == configs.KEY_REFERENCE and not configs.RESOLVES_ENV.search(self._loading_scope(node)):
            return None
        return f"{fn_text}(…), the config loaded from {name}, which holds the key" if holds else None

    def _config_name(self, node: ts.Node) -> str | None:
        """The config file a loader call reads: a literal in the call, in the value of a name it
        is given (`text = Path("c.yaml").read_text()`), in the `with open(...) as f` around it,
        or the default of the loading function's parameter (`def load_config(path="config.yaml")`)."""
        texts = [node_text(node)[:2000]]
        for arg in call_args(node)[:2]:
            for ident in ([arg] if arg.type == "identifier" else []):
                texts += [node_text(b.value)[:2000] for b in self.flow.by_name.get(node_text(ident), ())[:MAX_BINDINGS]]
        parent = node.parent
        while parent is not None and parent.type not in FUNCTION_TYPES:
            if parent.type == "with_statement" and parent.named_children:
                texts.append(node_text(parent.named_children[0])[:2000])
            parent = parent.parent
        parameters = parent.child_by_field_name("parameters") if parent is not None else None
        if parameters is not None:
            texts.append(node_text(parameters)[:2000])
            texts += [node_text(b.value)[:2000] for name in _default_names(parameters)
                      for b in self.flow.by_name.get(name, ())[:MAX_BINDINGS]]  # `path: Path = CONFIG_PATH`
        for text in texts:
            for name in configs.names_in(text):
                if name in self.config_files:
                    return name
        return None

    def _loading_scope(self, node: ts.Node) -> str:
        """The function that loads the config (or, for top-level code, the statement), where a
        reference to the key's variable would be resolved."""
        parent = node
        while parent.parent is not None and parent.parent.type not in FUNCTION_TYPES and parent.parent != self.root:
            parent = parent.parent
        return node_text(parent.parent if parent.parent is not None and parent.parent != self.root
                         else parent)[:_MAX_SCOPE_TEXT]

    def _local_returner_key(self, fn: ts.Node, fn_text: str, depth: int) -> str | None:
        """`api_key()`, `self.secret()`: a function of this file that returns the key."""
        name = fn_text
        if fn.type in ("attribute", "member_expression"):
            obj = fn.child_by_field_name("object")
            if obj is None or node_text(obj) not in ("self", "this", "cls"):
                return None
            name = last_segment(fn_text)
        elif fn.type != "identifier":
            return None
        for value in self._local_functions.get(name, ()):
            if self.key_reason(value, depth + 1):
                return f"{fn_text}(), which returns the key"
        return None

    @cached_property
    def _secrets_hold_key(self) -> bool:
        """Whether Streamlit's secrets hold the Mistral key: this file reads a key entry from them
        (`st.secrets["MISTRAL_API_KEY"]`), or it talks to Mistral, itself or through an import
        (a Streamlit app's credentials live in its secrets)."""
        text = (self.root.text or b"").decode("utf-8", "replace")
        if any(is_key_name(name, self.mistral_file) for name in _SECRETS_ENTRY.findall(text)[:MAX_RETURNS]):
            return True
        return self.mistral_file or any(fact.kind in _TALKS_TO_MISTRAL for fact in self.imported.values())

    def _is_secret_str(self, field: str) -> bool:
        """A pydantic `SecretStr` field prints as '**********'."""
        for binding in self.flow.by_name.get(field, ()):
            parent = binding.name_node.parent
            type_node = parent.child_by_field_name("type") if parent is not None else None
            if type_node is not None and "SecretStr" in node_text(type_node):
                return True
        return field in self._secret_str_fields or f"{SECRET_FIELD}:{field}" in self.imported

    @cached_property
    def _secret_str_fields(self) -> frozenset[str]:
        if b"SecretStr" not in (self.root.text or b""):
            return frozenset()
        return frozenset(node_text(node.child_by_field_name("left") or node) for node in typed_fields(self.root)
                         if "SecretStr" in node_text(node.child_by_field_name("type") or node))


def _mistral_key_path(path: str | None) -> bool:
    """A dotted config path to the Mistral key: a section naming Mistral, then a key field
    (`mistral.api_key`, `services.mistral.key`, `llm.mistral.apiKey`)."""
    if not path or "." not in path or len(path) > _MAX_PATH_TEXT:
        return False
    *sections, last = path.split(".")
    if not any("istral" in section.lower() for section in sections) or any(OTHER_VENDOR.search(s) for s in sections):
        return False
    return last.lower() in _PATH_KEY_WORDS or is_key_name(last, True)
