"""Config files a program loads by a literal name (`yaml.safe_load(open("config.yaml"))`,
`tomllib.load(open("settings.toml", "rb"))`, `JSON.parse(fs.readFileSync("config.json"))`) and
whether the dict it gets holds the Mistral key, so that printing that dict whole is MK005.

The decision (what a reader of the printed dict would see):
- the file holds a key literal under a key-named entry of a file that names Mistral: the dict
  holds the key;
- the file holds only a reference to the variable (`api_key: ${MISTRAL_API_KEY}`): the dict
  holds the key only when the loading code resolves references (`os.path.expandvars`,
  `string.Template(...).substitute`, EnvYAML, pyaml-env, OmegaConf with `resolve=True`) in the
  function that loads it; a plain `safe_load` prints the reference, not the key;
- a file with no key entry (model names, limits) is clean.
The caller reads the files (bounded: literal names next to a loader call, small regular files
inside the project); this module only judges their text.
"""

from __future__ import annotations

import json
import re

from mistral_keyguard import keyshape
from mistral_keyguard.holdings.base import is_key_name

# A loader call in the bytes of a module, for the caller's cheap look before reading files.
LOADER = re.compile(rb"safe_load|full_load|yaml\.load|json\.load|toml\.load|tomllib\.load|tomli\.load|"
                    rb"EnvYAML|parse_config|OmegaConf\.load|JSON\.parse|YAML\.parse|yaml\.parse|toml\.parse|"
                    rb"config_list_from_json")
# A config file named by a literal string: `config.yaml`, `conf/settings.toml`, `./config.json`.
NAME = re.compile(r"""["']((?:\.{0,2}/)?(?:[\w.-]+/){0,3}[\w.-]+\.(?:ya?ml|json|toml))["']""")
NAME_BYTES = re.compile(NAME.pattern.encode())
# A config path joined from literal parts (`Path(__file__).parent / "config" / "app.yaml"`,
# `os.path.join("config", "app.yaml")`): the folder and the file's name.
JOINED = re.compile(r"""["']([\w.-]+)["']\s*[/,]\s*["']([\w.-]+\.(?:ya?ml|json|toml))["']""")
_JOINED_BYTES = re.compile(JOINED.pattern.encode())
# AutoGen's config list, a JSON file whose name has no extension by convention
# (`autogen.config_list_from_json("OAI_CONFIG_LIST")`): named by the loader's first argument.
AUTOGEN_LIST = re.compile(r"""config_list_from_json\(\s*(?:env_or_file\s*=\s*)?["']((?:[\w.-]+/){0,3}[\w.-]+)["']""")
_AUTOGEN_BYTES = re.compile(AUTOGEN_LIST.pattern.encode())


def names_in(text: str):
    """The config names a piece of code writes: joined paths (`config/app.yaml`) and literals."""
    for match in JOINED.finditer(text):
        yield f"{match.group(1)}/{match.group(2)}"
    for match in NAME.finditer(text):
        yield match.group(1)
    if "config_list_from_json" in text:
        for match in AUTOGEN_LIST.finditer(text):
            yield match.group(1)


MAX_NAMES = 8
MAX_CONFIG_BYTES = 64 * 1024

# Callees that parse what a config file holds.
LOADER_CALLEES = frozenset({"safe_load", "full_load", "load", "loads", "EnvYAML", "parse_config", "parse",
                            "safe_load_all", "read_text", "read", "config_list_from_json"})
# What, in the loading function, resolves `${VAR}` references into the loaded values.
RESOLVES_ENV = re.compile(r"expandvars|\.substitute\(|envsubst|EnvYAML|parse_config|resolve\s*=\s*True|"
                          r"replace\(\s*/\\\$\\\{|process\.env\[")
_ENTRY = re.compile(r"""^\s*["']?([\w.-]+)["']?\s*[:=]\s*["']?([^"'\s,#]+)""")
_KEY_FIELD = re.compile(r"(?i)(^|[_.-])(api_?key|apikey|key|token|secret)$")
_MISTRAL_REF = re.compile(r"(?i)\$\{?\s*(env:|oc\.env:)?\s*MISTRAL_API_KEY|!ENV\s+\S*MISTRAL_API_KEY")
_MAX_LINES = 2000


def holds_key_literal(text: str) -> bool:
    """A key literal under a key-named entry, in a file that names Mistral."""
    if "mistral" not in text.lower():
        return False
    for line in text.splitlines()[:_MAX_LINES]:
        entry = _ENTRY.match(line)
        if entry and _KEY_FIELD.search(entry.group(1)) and keyshape.find_keys(entry.group(2)):
            return True
    return False


def references_key(text: str) -> bool:
    """A reference to the Mistral key's variable (`${MISTRAL_API_KEY}`, `!ENV ${MISTRAL_API_KEY}`)."""
    return bool(_MISTRAL_REF.search(text))


# The end of a quoted config name, and what every loader name holds: asked first, they spare
# most files the expressions' alternations (`check`'s first pass asks this of every code file;
# this expression, led by its `.`, costs a sixth of four substring tests on a file without one).
_NAME_END = re.compile(rb"""\.(?:ya?ml|json|toml)["']""")
_LOADER_PARTS = (b"load", b"parse", b"EnvYAML")


def config_names(data: bytes) -> list[str]:
    """The config files a module names by literal, when it also calls a loader (bounded)."""
    autogen = [m.group(1) for m in _AUTOGEN_BYTES.finditer(data)][:MAX_NAMES] \
        if b"config_list_from_json" in data else []
    if not autogen and (not _NAME_END.search(data) or not any(part in data for part in _LOADER_PARTS)
                        or not LOADER.search(data)):
        return []
    names = []
    joined = [b"/".join(match.groups()) for match in _JOINED_BYTES.finditer(data)][:MAX_NAMES]
    for name in autogen + joined + [match.group(1) for match in NAME_BYTES.finditer(data)]:
        name = name.decode("utf-8", "replace")
        if name not in names and not name.startswith(("package", "tsconfig", "jsconfig", "composer")):
            names.append(name)
        if len(names) >= MAX_NAMES:
            break
    return names


# What a config file holds, as the caller passes it (`ProjectContext.config_files`).
KEY_LITERAL = "key-literal"
KEY_REFERENCE = "key-reference"


def judge(text: str) -> str:
    if holds_key_literal(text):
        return KEY_LITERAL
    if references_key(text):
        return KEY_REFERENCE
    return ""


# A config section registered by name in one module and read by that name in any other, with no
# import between them: NestJS's `registerAs("mistral", () => ({ apiKey: … }))` (read as
# `configService.get("mistral")`), node-config's top-level sections of `config/*.json`
# (`config.get("mistral")`, with `custom-environment-variables.json` mapping a field to the key's
# variable). The caller walks the project's files; these judge one file's text.
_REGISTER_AS_SECTION = re.compile(rb"""registerAs\(\s*["'`]([\w-]+)["'`]\s*,""")
_FACTORY_FIELD = re.compile(r"""["']?([A-Za-z_$][\w$]*)["']?\s*:(?!:)""")
_FACTORY_WINDOW = 2000
_MAX_FIELDS = 64


def registered_key_sections(data: bytes) -> set[str]:
    """The namespaces a module registers with `registerAs` whose factory has a key field (in a
    factory that names Mistral, or under a Mistral-named namespace, a generic `apiKey` counts)."""
    found = set()
    for match in _REGISTER_AS_SECTION.finditer(data):
        body = data[match.end():match.end() + _FACTORY_WINDOW]
        body = body.split(b"registerAs(", 1)[0].decode("utf-8", "replace")
        mistral = "istral" in body or "ISTRAL" in body or "istral" in match.group(1).decode().lower()
        if any(is_key_name(field, mistral) for field in _FACTORY_FIELD.findall(body)[:_MAX_FIELDS]):
            found.add(match.group(1).decode())
    return found


NODE_CONFIG_FOLDER = "config"
ENV_MAPPING_FILE = "custom-environment-variables.json"


def node_config_key_sections(name: str, text: str) -> set[str]:
    """The top-level sections of a node-config JSON file (`config/default.json`) holding the key: a
    key literal under a key-named field, or, in `custom-environment-variables.json`, a key-named
    field mapped to a variable named like the Mistral key."""
    try:
        data = json.loads(text)
    except ValueError:
        return set()
    if not isinstance(data, dict):
        return set()
    mapping = name == ENV_MAPPING_FILE
    return {section for section, value in list(data.items())[:_MAX_FIELDS]
            if isinstance(value, dict) and _section_holds_key(value, mapping, 0)}


def _section_holds_key(section: dict, mapping: bool, depth: int) -> bool:
    for field, value in list(section.items())[:_MAX_FIELDS]:
        if isinstance(value, dict) and depth < 2 and _section_holds_key(value, mapping, depth + 1):
            return True
        if not isinstance(value, str) or not is_key_name(field, True):
            continue
        if mapping and is_key_name(value, False) or not mapping and keyshape.find_keys(value):
            return True
    return False


# NestJS's `ConfigModule.forRoot({ load: [configuration] })`: the sections of the objects its
# factories return are served by name to every `ConfigService` of the app.
FOR_ROOT_WORD = b"ConfigModule.forRoot"
_FOR_ROOT_LOAD = re.compile(rb"ConfigModule\.forRoot(?:Async)?\(\s*\{[^)]{0,2000}?\bload\s*:\s*\[([^\]]{0,500})\]")
_IMPORT_FROM = re.compile(rb"""import\s+(?:([\w$]+)|\{([^}]{0,500})\})\s+from\s+["'](\.{1,2}/[^"'\n]{1,200})["']""")
_MAX_FACTORY_TEXT = 20000


def loaded_factories(data: bytes) -> list[tuple[str, str, bool]]:
    """(name, relative import spec, default import?) of the factories a module's
    `ConfigModule.forRoot({ load: [...] })` loads, for those it imports from a relative path."""
    names = {name.decode() for match in _FOR_ROOT_LOAD.finditer(data) for name in re.findall(rb"[\w$]+", match.group(1))}
    found = []
    for match in _IMPORT_FROM.finditer(data) if names else ():
        spec = match.group(3).decode()
        if match.group(1) and match.group(1).decode() in names:
            found.append((match.group(1).decode(), spec, True))
        for part in (match.group(2) or b"").decode().split(","):
            pieces = part.split(" as ")
            if pieces[-1].strip() in names:
                found.append((pieces[0].strip(), spec, False))
    return found


def factory_key_sections(data: bytes, name: str, default: bool) -> set[str]:
    """The top-level sections of the object a config factory returns that hold a key field
    (`export default () => ({ mistral: { apiKey: process.env.MISTRAL_API_KEY } })`)."""
    text = data.decode("utf-8", "replace")
    head = (r"export\s+default\s+(?:async\s+)?(?:\(\s*\)\s*(?::[^=]{0,80})?=>\s*\(?|function\s*[\w$]*\s*\(\s*\)[^{]{0,80}"
            r"\{[^{}]{0,400}?return\s*)\{") if default else \
        (r"\b" + re.escape(name) + r"\s*=\s*(?:async\s+)?\(\s*\)\s*(?::[^=]{0,80})?=>\s*\(?\{")
    match = re.search(head, text)
    body = _braced(text, match.end() - 1) if match else ""
    return {section for section, block in _top_level_blocks(body)
            if any(is_key_name(field, "istral" in block or "ISTRAL" in block or "istral" in section.lower())
                   for field in _FACTORY_FIELD.findall(block)[:_MAX_FIELDS])}


def _braced(text: str, start: int) -> str:
    """The text of the `{ … }` opening at `start` (bounded; strings are not skipped: a config
    factory's values are short)."""
    depth = 0
    for at in range(start, min(len(text), start + _MAX_FACTORY_TEXT)):
        depth += {"{": 1, "}": -1}.get(text[at], 0)
        if depth == 0:
            return text[start + 1:at]
    return ""


def _top_level_blocks(body: str):
    """(name, text) of the `name: { … }` entries at the top level of an object's body."""
    depth, at = 0, 0
    while at < len(body):
        char = body[at]
        if char in "{[(":
            depth += 1
        elif char in "}])":
            depth -= 1
        elif depth == 0:
            match = re.match(r"""["']?([A-Za-z_$][\w$]*)["']?\s*:\s*\{""", body[at:])
            if match and (at == 0 or not (body[at - 1].isalnum() or body[at - 1] in "_$")):
                block = _braced(body, at + match.end() - 1)
                yield match.group(1), block
                at += match.end() + len(block) + 1
                continue
        at += 1
