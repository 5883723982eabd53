"""Objects that carry the key when written whole: a dict/object literal with a key field, an
argparse namespace, a settings object (MK005)."""

from __future__ import annotations

import re
from functools import cached_property

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.holdings.base import AUTH_HEADER, MAX_BINDINGS, is_key_name, string_value
from mistral_keyguard.holdings.keys import KeyFacts
from mistral_keyguard.project import HOLDS_KEY, KEY_DEFAULTS
from mistral_keyguard.queries import has_query, matches
from mistral_keyguard.sinks import call_args, unwrap


# Flask's config loaders: the object they fill then holds whatever they were given.
_CONFIG_LOADERS = frozenset({"from_object", "from_mapping"})
_LOADER_WORDS = (b"from_object", b"from_mapping", b"update")


# Byte evidence, in a project's Python files, that its Flask app config holds the Mistral key
# (`current_app.config` written whole in a blueprint shows it): the key read from or put in an app
# config, or a config class with a key attribute where some module loads a config class.
# Or a framework's process-wide config (`cherrypy.config.update({"llm.mistral_key": …})`): any
# module-level `X.config` filled with a Mistral-named key, then written whole elsewhere.
_FLASK_KEY_IN_CONFIG = re.compile(rb"app\.config(?:\[\s*[\"']|\.get\(\s*[\"'])\w*MISTRAL\w*KEY[\"']"
                                  rb"|app\.config\.(?:from_mapping|update)\([^)]{0,400}?MISTRAL\w*KEY\s*="
                                  rb"|\b\w+\.config\.(?:from_mapping|update)\(\s*\{[^)]{0,400}?[\"'][\w.-]*"
                                  rb"(?:MISTRAL|[Mm]istral)\w*(?:KEY|[Kk]ey)[\"']\s*:")
_CLASS_KEY_ATTRIBUTE = re.compile(rb"\n[ \t]+MISTRAL\w*KEY\s*(?::[^=\n]{0,40})?=\s*(?!None\b|\"\"|''|\n)")
FLASK_KEY_IN_CONFIG, FLASK_LOADS_CLASS, CLASS_KEY_ATTRIBUTE = "key-in-config", "loads-class", "class-key"


def flask_config_marks(data: bytes) -> frozenset[str]:
    """What one Python file says of a Flask app config holding the key (`flask_config_holds_key`)."""
    if b"MISTRAL" not in data and b"istral" not in data and b".from_object(" not in data:
        return frozenset()
    marks = set()
    if b".config" in data and _FLASK_KEY_IN_CONFIG.search(data):
        marks.add(FLASK_KEY_IN_CONFIG)
    if b".config.from_object(" in data:
        marks.add(FLASK_LOADS_CLASS)
    if _CLASS_KEY_ATTRIBUTE.search(data):
        marks.add(CLASS_KEY_ATTRIBUTE)
    return frozenset(marks)


def flask_config_holds_key(marks: set[str]) -> bool:
    """The marks of a project's files together: its Flask app config holds the key."""
    return FLASK_KEY_IN_CONFIG in marks or {FLASK_LOADS_CLASS, CLASS_KEY_ATTRIBUTE} <= marks


def _parameter_default(arg: ts.Node) -> ts.Node | None:
    """The default value of the enclosing function's parameter `arg` names (an identifier or an
    attribute), when the function gives one: what the call uses unless its caller says otherwise."""
    if arg.type != "identifier":
        return None
    fn = arg.parent
    while fn is not None and fn.type != "function_definition":
        fn = fn.parent
    params = fn.child_by_field_name("parameters") if fn is not None else None
    for param in params.named_children if params is not None else ():
        name, value = param.child_by_field_name("name"), param.child_by_field_name("value")
        if param.type in ("default_parameter", "typed_default_parameter") and name is not None \
                and value is not None and node_text(name) == node_text(arg) and value.type in ("identifier", "attribute"):
            return value
    return None


# A CLI parser's result bound to a name: `const { flags } = await this.parse(Commit)` (oclif),
# `const opts = program.opts()` (commander), `const argv = yargs(…)….argv` / `.parseSync()`,
# `const { values } = parseArgs({ options })` (node:util). `JSON.parse` and the like are not.
_CLI_PARSE_WORDS = re.compile(rb"\.parse\(|\.opts\(|optsWithGlobals\(|\.parseSync\(|\.parseAsync\(|"
                              rb"parseArgs\(|\.argv\b")
_CLI_PARSE_BINDING = re.compile(
    rb"\b(?:const|let|var)\s+(\{[^{}=;]{0,200}\}|[A-Za-z_$][\w$]*)\s*(?::\s*[^=;]{0,80})?=\s*(?:await\s+)?"
    rb"(?:this\.parse\s*\(|parseArgs\s*\(|(?!JSON\b|qs\b|querystring\b|url\b|path\b|Date\b)"
    rb"[A-Za-z_$][\w$]*(?:\([^;]{0,400}?\))?(?:\s*\.\s*[\w$]+(?:\([^;]{0,400}?\))?){0,12}?"
    rb"\s*\.\s*(?:opts|optsWithGlobals|parseSync|parseAsync|parse|argv)\b)")
# An option declared as filled from an environment variable: `env: "X"` (oclif, clipanion) or a
# `process.env.X` default in an `.option(…)` call (commander, yargs).
_CLI_KEY_OPTION = re.compile(
    rb"(?:Flags\.\w+|Option\.\w+|\.(?:option|requiredOption|addOption|positional))\s*\("
    rb"[^;]{0,300}?(?:\benv\s*:\s*[\"'`]|process\.env\.|Bun\.env\.)([A-Z][A-Z0-9_]*)")

# click's and Typer's options filled from an environment variable.
_ENVVAR_OPTION = re.compile(rb"\benvvar\s*=\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']")
_COMMAND_DECORATOR = re.compile(r"^@[\w.]*(command|group|callback)\b")


def _command_function(node: ts.Node) -> ts.Node | None:
    """The click/Typer command (its decorated definition) whose body holds `node`."""
    fn = node.parent
    while fn is not None and fn.type != "function_definition":
        fn = fn.parent
    decorated = fn.parent if fn is not None else None
    if decorated is None or decorated.type != "decorated_definition" or not any(
            _COMMAND_DECORATOR.match(node_text(d)) for d in decorated.named_children if d.type == "decorator"):
        return None
    return decorated


def _is_kwargs_of(node: ts.Node, command: ts.Node) -> bool:
    """`kwargs` of `def main(**kwargs)`: every option of the command, by name."""
    fn = command.child_by_field_name("definition")
    params = fn.child_by_field_name("parameters") if fn is not None else None
    return params is not None and any(p.type == "dictionary_splat_pattern" and node_text(p).lstrip("*") == node_text(node)
                                      for p in params.named_children)


# Classes whose instances are configuration (their repr lists their fields).
_CONFIG_CLASS = re.compile(r"(Config|Settings|Options|Conf|Credentials|Secrets|Params)$")
# A list of configs (AutoGen's `config_list`) is looked into this far: longer lists are data.
_MAX_ITEMS = 16


def _is_dataclass(node: ts.Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "decorated_definition" and "dataclass" in node_text(parent)[:200]


def _is_settings_class(node: ts.Node) -> bool:
    """A pydantic settings class: it reads its fields from the environment."""
    bases = node.child_by_field_name("superclasses")
    return bases is not None and "BaseSettings" in node_text(bases)


def _statements(body: ts.Node | None) -> list[ts.Node]:
    """The assignments of a class body (`name: type = value`, `NAME = value`)."""
    return [child for statement in (body.named_children if body is not None else ())
            if statement.type == "expression_statement"
            for child in statement.named_children if child.type == "assignment"]


def _plain_key_field(assignment: ts.Node) -> bool:
    """`mistral_api_key: str = ""`: a typed key field that prints in full (not `SecretStr`)."""
    name, kind = assignment.child_by_field_name("left"), assignment.child_by_field_name("type")
    return name is not None and kind is not None and is_key_name(node_text(name), True) \
        and "SecretStr" not in node_text(kind)


def _is_inert(value: ts.Node) -> bool:
    return unwrap(value).type in ("none", "null", "undefined", "true", "false", "integer", "float", "number")


_MAX_NESTING = 2  # `{ llm: { mistral: { apiKey } } }`; deeper trees are data, not settings


class ObjectFacts(KeyFacts):

    def _has_key_field(self, container: ts.Node, mistral_file: bool, depth: int) -> bool:
        """A key field in this dict/object or in one nested in it: a config object groups its
        settings per service (`{ port, mistral: { apiKey } }`) and prints whole all the same."""
        for child in container.named_children:
            key = child if child.type == "shorthand_property_identifier" else \
                child.child_by_field_name("key") or child.child_by_field_name("name")
            if key is None:
                continue
            name = node_text(key).strip("'\"`")
            if AUTH_HEADER.match(name) or name.lower() == "headers":
                continue
            value = child.child_by_field_name("value") or child
            if is_key_name(name, mistral_file) and (child.type == "shorthand_property_identifier"
                                                    or self.key_reason(value, 1)):
                return True
            if depth < _MAX_NESTING and unwrap(value).type in ("object", "dictionary") and self._has_key_field(
                    unwrap(value), mistral_file or "mistral" in name.lower(), depth + 1):
                return True
        return False

    def object_reason(self, node: ts.Node) -> str | None:
        """A dict/object, argparse namespace or settings object that carries the key."""
        text = node_text(node)
        if any(self._has_key_field(container, self.mistral_file, 0) for container in self.containers(node)):
            return f"{text}, an object holding the key"
        instance = self._declared_instance(node)
        if instance is not None:  # its class's fields say what it prints
            fields = self._constructed_key_fields(instance)
            return f"{text}, an object whose printed fields include the key ({fields[0]})" if fields else None
        field = self._key_field_read_on(text)
        if field is not None:
            return f"{text}, an object holding the key (its {field} is read in this file)"
        parsed = self._parsed_cli_options(text) if self.ecma else self._click_options(node)
        if parsed is not None:
            return f"{text}, the parsed command-line options (an option of them is filled from {parsed})"
        loaded = self._configs_loaded_with_key.get(text)
        if loaded is not None:
            return f"{text}, a config loaded with the key ({loaded})"
        defaults = self._stored_over_key_defaults(text) if self.ecma else None
        if defaults is not None:
            return f"{text}, settings loaded from storage over defaults with a key field ({defaults})"
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

    def _parsed_cli_options(self, name: str) -> str | None:
        """`name` holds the options a CLI parser gave back (oclif's `const { flags } = await
        this.parse(C)`, commander's `program.opts()`, yargs' `.argv`/`.parseSync()`, node's
        `parseArgs`), and the file declares an option filled from the key's variable
        (`Flags.string({ env: "MISTRAL_API_KEY" })`, `.option("--api-key <k>", "…",
        process.env.MISTRAL_API_KEY)`, clipanion's `Option.String("--key", { env: … })`): the
        declared option's name."""
        if not name.isidentifier() or name not in self._cli_parse_results:
            return None
        return self._cli_key_option

    def _click_options(self, node: ts.Node) -> str | None:
        """click's or Typer's parsed options written whole (`ctx.params`,
        `click.get_current_context().params`, the `**kwargs` of a command function) where an
        option is filled from the key's variable (`envvar="MISTRAL_API_KEY"`): the variable."""
        if self.language != "python" or not self._names_envvar:
            return None
        command = _command_function(node)
        if command is None:
            return None
        if node.type == "attribute" and node_text(node.child_by_field_name("attribute")) == "params":
            owner = node_text(node.child_by_field_name("object"))
            if owner in ("ctx", "context") or owner.endswith("get_current_context()"):
                return self._envvar_key_option(command)
        if node.type == "identifier" and _is_kwargs_of(node, command):
            return self._envvar_key_option(command)
        return None

    @cached_property
    def _names_envvar(self) -> bool:
        # Once per file: `root.text` copies the whole file, and `_click_options` is asked per write.
        return b"envvar" in (self.root.text or b"")

    def _envvar_key_option(self, command: ts.Node) -> str | None:
        """The key's variable an option of this command (its decorators, its parameters'
        defaults) is filled from; once per command (its text is copied to be read)."""
        known = self.__dict__.setdefault("_envvar_options", {})
        if command.id not in known:
            known[command.id] = next((variable for variable in (
                match.group(1).decode("utf-8", "replace") for match in _ENVVAR_OPTION.finditer(command.text or b""))
                if is_key_name(variable, self.mistral_file)), None)
        return known[command.id]

    @cached_property
    def _cli_parse_results(self) -> frozenset[str]:
        """Names bound (or destructured) from a CLI parser's result in this file."""
        data = self.root.text or b""
        if not _CLI_PARSE_WORDS.search(data):
            return frozenset()
        names: set[str] = set()
        for match in _CLI_PARSE_BINDING.finditer(data):
            target = match.group(1).decode("utf-8", "replace")
            if target.startswith("{"):
                names.update(re.findall(r"(?:^|[{,])\s*(?:\w+\s*:\s*)?(\w+)\s*(?==|,|\}|$)", target))
            else:
                names.add(target)
        return frozenset(names)

    @cached_property
    def _cli_key_option(self) -> str | None:
        for match in _CLI_KEY_OPTION.finditer(self.root.text or b""):
            variable = match.group(1).decode("utf-8", "replace")
            if is_key_name(variable, self.mistral_file):
                return variable
        return None

    def _stored_over_key_defaults(self, name: str) -> str | None:
        """`this.settings = Object.assign({}, DEFAULT_SETTINGS, await this.loadData())` (or
        `{ ...DEFAULT_SETTINGS, ...(await this.loadData()) }`) with defaults naming a key field,
        here or imported (`KEY_DEFAULTS`): what the user stored, key included. The defaults' name."""
        for binding in self.flow.by_name.get(name, ())[:MAX_BINDINGS]:
            value = unwrap(binding.value)
            if value.type not in ("call_expression", "object") or b"loadData" not in (value.text or b""):
                continue
            parts = call_args(value) if value.type == "call_expression" else \
                [c.named_children[0] for c in value.named_children if c.type == "spread_element" and c.named_children]
            for part in parts:
                if self._names_key_defaults(unwrap(part)):
                    return node_text(part)
        return None

    def _names_key_defaults(self, node: ts.Node) -> bool:
        if node.type == "identifier":
            fact = self.imported.get(node_text(node))
            if fact is not None and fact.kind == KEY_DEFAULTS:
                return True
        for container in self.containers(node) if node.type in ("identifier", "object") else ():
            for child in container.named_children:
                key = child if child.type == "shorthand_property_identifier" else child.child_by_field_name("key")
                if key is not None and is_key_name(node_text(key).strip("'\"`"), self.mistral_file):
                    return True
        return False

    def _declared_instance(self, node: ts.Node) -> ts.Node | None:
        """The constructor call of a class declared in this file with fields that `node` names
        (`cfg = Settings()`), when every binding of the name is one."""
        if self.language != "python" or node.type != "identifier":
            return None
        values = [unwrap(b.value) for b in self.flow.by_name.get(node_text(node), ()) if b.name_node != node]
        if not values or len(values) > MAX_BINDINGS or any(
                v.type != "call" or not self.class_fields.get(node_text(v.child_by_field_name("function")))
                for v in values):
            return None
        return values[0]

    def _key_field_read_on(self, name: str) -> str | None:
        """A key field read on `name` somewhere in the file (`config.apiKey`, `cfg["api_key"]`):
        evidence that the whole object, logged, shows the key."""
        return self._key_fields_read.get(name)

    @cached_property
    def _key_fields_read(self) -> dict[str, str]:
        """Object text -> a key field read on it (the first in the file), from one query (a walk
        of every node in Python cost as much as parsing the file)."""
        found: dict[str, str] = {}
        if not has_query(self.language, "field-reads"):
            return found
        for _, captured in matches(self.language, "field-reads", self.root):
            [obj] = captured["object"]
            field, index = captured.get("field"), captured.get("index")
            key = node_text(field[0]) if field else string_value(self.flow, index[0]) if index else None
            if not key or not is_key_name(key, self.mistral_file):
                continue
            name = node_text(obj)
            if name not in found and not self._is_secret_str(key):
                found[name] = key
        return found

    @cached_property
    def _configs_loaded_with_key(self) -> dict[str, str]:
        """Config objects the file fills with the key: Flask's `app.config.from_object(Config)`
        (a class with the key among its attributes, here or imported), `.from_mapping(...)`,
        `config.update(...)`. Object text -> what loaded it."""
        found: dict[str, str] = {}
        data = self.root.text or b""
        if self.ecma or not any(word in data for word in _LOADER_WORDS):
            return found  # no loader named in the file: no walk of every node
        stack = [self.root]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type != "call":
                continue
            fn = node.child_by_field_name("function")
            if fn is None or fn.type != "attribute":
                continue
            method = node_text(fn.child_by_field_name("attribute"))
            target = node_text(fn.child_by_field_name("object"))
            loads = method in _CONFIG_LOADERS or method == "update" and last_segment(target).lower().endswith("config")
            if loads and target not in found and self._loads_key(node):
                found[target] = f"{method}(…)"
        return found

    def _loads_key(self, call: ts.Node) -> bool:
        for arg in call_args(call):
            # An app factory's parameter: `def create_app(config_class=Config)` loads its default.
            arg = _parameter_default(arg) or arg
            if arg.type == "keyword_argument":
                name = node_text(arg.child_by_field_name("name"))
                value = arg.child_by_field_name("value")
                if is_key_name(name, self.mistral_file) and value is not None and not _is_inert(value):
                    return True
            elif arg.type in ("identifier", "attribute") and (self._imported_holder(node_text(arg)) or
                                                any(self.class_holds_key(c) for c in self._classes(node_text(arg)))):
                return True
            elif arg.type in ("dictionary", "identifier", "call") and self._holds_key_field(arg):
                return True
        return False

    def _imported_holder(self, name: str) -> bool:
        fact = self.imported.get(name)
        return fact is not None and fact.kind == HOLDS_KEY

    def _holds_key_field(self, node: ts.Node) -> bool:
        for container in self.containers(node):
            for child in container.named_children:
                key = child.child_by_field_name("key") or child.child_by_field_name("name")
                value = child.child_by_field_name("value")
                if key is not None and value is not None and \
                        is_key_name(node_text(key).strip("'\""), self.mistral_file) and self.key_reason(value, 1):
                    return True
        return False

    def _classes(self, name: str) -> list[ts.Node]:
        return [node for node in self._class_nodes if node_text(node.child_by_field_name("name")) == name]

    @cached_property
    def _class_nodes(self) -> list[ts.Node]:
        out, stack = [], [self.root]
        while stack:
            node = stack.pop()
            if node.type == "class_definition":
                out.append(node)
            elif node.type not in ("function_definition",):
                stack.extend(node.named_children)
        return out

    def built_with_key(self, call: ts.Node, fn_text: str, depth: int) -> str | None:
        """A config object built with the key: `WorkerConfig(mistral_api_key=os.environ[…])` (a
        config-named or dataclass class given a key field), or `Settings()` of a settings class
        that reads the key from the environment. Its repr shows the field. A client built with
        the key (`Mistral(api_key=…)`) prints no key and is not one."""
        if self.ecma:
            return None
        name = last_segment(fn_text)
        classes = self._classes(name)
        if not (_CONFIG_CLASS.search(name) or any(_is_dataclass(c) for c in classes)):
            return None
        if any(self.class_holds_key(c) for c in classes if _is_settings_class(c)):
            return f"{fn_text}(…), a settings object holding the key"
        hidden = {field for field, (_holds, hides) in self.class_fields.get(name, {}).items() if hides}
        for arg in call_args(call):
            if arg.type == "keyword_argument" and is_key_name(node_text(arg.child_by_field_name("name")), True) \
                    and not self._is_secret_str(node_text(arg.child_by_field_name("name"))) \
                    and node_text(arg.child_by_field_name("name")) not in hidden \
                    and self.key_reason(arg.child_by_field_name("value"), depth + 1):
                return f"{fn_text}(…), a config object built with the key"
        return None

    def class_holds_key(self, node: ts.Node) -> bool:
        """A Python class with the key among its attributes (`MISTRAL_API_KEY = os.environ.get(…)`):
        a config class, loaded whole into an app's config; or a settings class (pydantic
        `BaseSettings`) with a key field it reads from the environment, not typed `SecretStr`."""
        body = node.child_by_field_name("body")
        if _is_settings_class(node) and any(_plain_key_field(s) for s in _statements(body)):
            return True
        for statement in body.named_children if body is not None else ():
            assignment = statement.named_children[0] if statement.type == "expression_statement" and \
                statement.named_children else None
            if assignment is None or assignment.type != "assignment":
                continue
            left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            if left is not None and right is not None and left.type == "identifier" and \
                    is_key_name(node_text(left), self.mistral_file) and not self._is_secret_str(node_text(left)) \
                    and not _is_inert(right) and self.key_reason(right, 1):
                return True
        return False

    def _argparse_has_key(self) -> bool:
        return bool(re.search(rb"add_argument\(\s*['\"]--[\w-]*(key|token)['\"]", self.root.text or b""))

    def _settings_hold_key(self) -> bool:
        data = self.root.text or b""
        return bool(re.search(rb"(?i)mistral_?api_?key|\bapi_key\s*:", data)) and b"SecretStr" not in data

    def key_fields(self, node: ts.Node) -> list[str]:
        """The fields of the dict, object or config instance `node` evaluates to that hold the
        key: what a function returning it tells its importers (`project.RETURNS_HOLDER`)."""
        fields = []
        for container in self.containers(node):
            for child in container.named_children:
                key = child.child_by_field_name("key")
                value = child.child_by_field_name("value")
                if key is not None and value is not None and (self.key_reason(value, 1) or self._nested_holder(value)):
                    fields.append(string_value(self.flow, key) or node_text(key))
        return fields or self._constructed_key_fields(unwrap(node))

    def _nested_holder(self, value: ts.Node, depth: int = 0) -> bool:
        """A dict with the key in a field, or a list of such dicts (AutoGen's `"config_list": [{"api_key": …}]`),
        nested at most three deep."""
        value = unwrap(value)
        if value.type in ("object", "dictionary"):
            return bool(self.object_reason(value))
        if value.type in ("list", "array", "tuple") and depth < 3:
            return any(self._nested_holder(item, depth + 1) for item in value.named_children[:_MAX_ITEMS])
        return False

    def _constructed_key_fields(self, node: ts.Node) -> list[str]:
        """`AppConfig(api_key=os.environ[...])` or `Settings()` of a class of this file whose field
        defaults to the key (a `BaseSettings` key field is filled from the environment), minus the
        fields it declares `field(repr=False)` or `SecretStr` (they print hidden or masked)."""
        if node.type == "identifier":
            bindings = self.flow.by_name.get(node_text(node), ())
            values = [unwrap(b.value) for b in bindings[:MAX_BINDINGS] if b.name_node != node]
            node = next((v for v in values if v.type == "call"), node)
        if node.type != "call" or node.child_by_field_name("function") is None:
            return []
        declared = self.class_fields.get(node_text(node.child_by_field_name("function")))
        if declared is None:
            return []
        fields = [name for name, (holds, hidden) in declared.items() if holds and not hidden]
        for name, value in _given_fields(call_args(node), list(declared)):
            if not declared.get(name, (False, False))[1] and name not in fields and self.key_reason(value, 1):
                fields.append(name)
        return fields

    @cached_property
    def class_fields(self) -> dict[str, dict[str, tuple[bool, bool]]]:
        """Top-level Python classes -> their annotated fields -> (holds the key, hidden when printed)."""
        if self.language != "python":
            return {}
        classes: dict[str, dict[str, tuple[bool, bool]]] = {}
        for node in self.root.named_children:
            node = node.child_by_field_name("definition") or node if node.type == "decorated_definition" else node
            name, body = node.child_by_field_name("name"), node.child_by_field_name("body")
            if node.type != "class_definition" or name is None or body is None:
                continue
            from_env = "BaseSettings" in node_text(node.child_by_field_name("superclasses") or name)
            classes[node_text(name)] = dict(self._declared_fields(body, from_env)) or dict(self._init_fields(body))
        return classes

    def _declared_fields(self, body: ts.Node, from_env: bool):
        for statement in body.named_children:
            assignment = statement.named_children[0] if statement.type == "expression_statement" \
                and statement.named_children else statement
            left, annotation = assignment.child_by_field_name("left"), assignment.child_by_field_name("type")
            if assignment.type != "assignment" or left is None or annotation is None:
                continue
            value = assignment.child_by_field_name("right")
            hidden = "SecretStr" in node_text(annotation) or value is not None and _hidden_field(value)
            value = _field_default(value) if value is not None else None
            holds = value is not None and bool(self.key_reason(value, 1)) or (
                from_env and is_key_name(node_text(left), self.mistral_file))
            yield node_text(left), (holds, hidden)

    def _init_fields(self, body: ts.Node):
        """A plain class's `__init__` parameters stored on `self` (`self.api_key = api_key`), in
        order: a field shows when printed only where the class's `__repr__`/`__str__` reads it
        (without one an instance prints as `<Handle object at 0x…>`). An attribute `__init__`
        fills itself (`self.api_key = os.environ[…]`) holds what it is given."""
        methods = {node_text(fn.child_by_field_name("name")): fn for fn in _methods(body)}
        init = methods.get("__init__")
        if init is None:
            return
        shown = set().union(*(_SELF_ATTRIBUTE.findall(node_text(methods[name])[:_MAX_REPR_TEXT])
                              for name in ("__repr__", "__str__") if name in methods))
        params = [node_text(p) for p in init.child_by_field_name("parameters").named_children
                  if p.type == "identifier"][1:]
        stored = dict(_self_assignments(init.child_by_field_name("body")))
        for param in params:
            if stored.get(param) is not None and node_text(stored[param]) == param:
                yield param, (False, param not in shown)
        for attribute, value in stored.items():
            if node_text(value) not in params and attribute in shown and self.key_reason(value, 1):
                yield attribute, (True, False)


# `field(repr=False)`, pydantic's `Field(repr=False)` / `exclude=True`: a field print leaves out.
_HIDDEN_ARGUMENTS = frozenset({"repr=False", "exclude=True"})
_FIELD_CALLS = frozenset({"field", "Field", "dataclasses.field", "pydantic.Field", "attr.ib", "attrs.field"})
_SELF_ATTRIBUTE = re.compile(r"\bself\.(\w+)")
_MAX_REPR_TEXT = 4096


def _field_default(value: ts.Node) -> ts.Node | None:
    """What a declared field starts as: `field(default=X)`, `field(default_factory=lambda: X)`,
    pydantic's `Field(X)`; a plain value as it is."""
    value = unwrap(value)
    fn = value.child_by_field_name("function") if value.type == "call" else None
    if fn is None or node_text(fn) not in _FIELD_CALLS:
        return value
    for arg in call_args(value):
        if arg.type != "keyword_argument":
            return arg  # pydantic's Field(default, ...)
        name, given = node_text(arg.child_by_field_name("name")), arg.child_by_field_name("value")
        if name == "default":
            return given
        if name == "default_factory" and given is not None and given.type == "lambda":
            return given.child_by_field_name("body")
    return None


def _hidden_field(value: ts.Node) -> bool:
    value = unwrap(value)
    fn = value.child_by_field_name("function") if value.type == "call" else None
    return fn is not None and node_text(fn) in _FIELD_CALLS and any(
        re.sub(r"\s+", "", node_text(arg)) in _HIDDEN_ARGUMENTS for arg in call_args(value))


def _given_fields(args: list[ts.Node], order: list[str]):
    """(field, value) of a constructor call: keywords by name, positionals by declared order
    (a NamedTuple, a dataclass, a plain class's `__init__`)."""
    position = 0
    for arg in args:
        if arg.type == "keyword_argument":
            name, value = arg.child_by_field_name("name"), arg.child_by_field_name("value")
            if name is not None and value is not None:
                yield node_text(name), value
        elif arg.type not in ("list_splat", "dictionary_splat", "comment"):
            if position < len(order):
                yield order[position], arg
            position += 1


def _methods(body: ts.Node):
    for statement in body.named_children:
        node = statement.child_by_field_name("definition") if statement.type == "decorated_definition" else statement
        if node is not None and node.type == "function_definition" and node.child_by_field_name("name") is not None:
            yield node


def _self_assignments(body: ts.Node | None):
    """(attribute, value) of the `self.attribute = value` statements at the top of a method body."""
    for statement in body.named_children if body is not None else ():
        assignment = statement.named_children[0] if statement.type == "expression_statement" \
            and statement.named_children else None
        if assignment is None or assignment.type != "assignment":
            continue
        left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
        if left is not None and right is not None and left.type == "attribute" and \
                node_text(left.child_by_field_name("object")) == "self":
            yield node_text(left.child_by_field_name("attribute")), right
