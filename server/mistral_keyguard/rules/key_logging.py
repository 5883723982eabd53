"""MK005 key-logging: the Mistral key itself written to a log or to stdout.

Log calls come from `queries/<language>/key-logging.scm`; `sinks.written_parts` splits each
argument into what actually reaches the output, and `holdings.Holdings.key_reason` says whether a
part shows the key: an env read of a key-named variable, a variable or field holding it, a key
literal, the whole environment, or an object that carries it. Slices of at most 8 characters,
`len(...)` and presence checks are calls or comparisons that show nothing and stay clean.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import chain
from typing import Iterator

from mistral_keyguard import keyshape, queries
from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.finding import Finding
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.prefilter import Anchored, contains
from mistral_keyguard.rules.checker import Checker
from mistral_keyguard.rules.hardcoded_key import names_other_host
from mistral_keyguard.holdings import Holdings
from mistral_keyguard.holdings.base import is_key_name, string_value
from mistral_keyguard.project import CATCHES_MISTRAL, HOOKED_MARK, MISTRAL_ENDPOINT, REACHES_MISTRAL
from mistral_keyguard.sinks import CODE_LANGUAGES, FUNCTION_TYPES, call_args, enclosing, log_calls, unwrap, written_parts

CODE = "MK005"
# Mistral in the file (key names, clients), or the whole environment closing a call's arguments.
# Plain literal alternatives: Python's re scans them much faster than (?i) or lookarounds.
# Or Streamlit's whole secrets mapping written out (`st.write(st.secrets)`), or Flask's whole app
# config (`dict(current_app.config)`), which holds the key where the project puts it there.
# Or Nuxt's runtime config (`useRuntimeConfig()`), which holds the key where nuxt.config puts it.
# Or the Worker bindings a module imports whole (`import { env } from "cloudflare:workers"`).
PREFILTER = Anchored(re.compile(rb"istral|ISTRAL|environ\s*[),]|\.env\s*[),]|\.secrets\s*[),]|"
                                rb"\.config[),]|useRuntimeConfig\(|cloudflare:workers"),
                     (b"istral", b"ISTRAL", b"environ", b".env", b".secrets", b".config)", b".config,",
                      b"useRuntimeConfig(", b"cloudflare:workers"),
                     source_only=True)
_CURRENT_APP_CONFIG = frozenset({"current_app.config", "flask.current_app.config"})


def shared_holdings(ctx) -> Holdings:
    """One `Holdings` per scanned file: MK004 and MK005 ask it the same questions, and its first
    answers walk the whole file. It knows what the project view says of the file's imports."""
    holdings = ctx.__dict__.get("_holdings")
    if holdings is None:
        imported = ctx.project.imported if ctx.project is not None else {}
        hooked = {name: fact for name, fact in ctx.project.key_uses.items() if name.endswith(HOOKED_MARK)} \
            if ctx.project is not None else {}
        if hooked:  # this module's functions another module hands a keyed client as request hooks
            imported = {**imported, **hooked}
        configs = ctx.project.config_files if ctx.project is not None else {}
        mistral_file = ctx.mentions_mistral or imports_endpoint(imported) or hands_key_to_helper(ctx.root, imported)
        holdings = ctx.__dict__["_holdings"] = Holdings(ctx.language, ctx.root, ctx.flow, mistral_file,
                                                        imported, configs)
    return holdings


_HELPER_KINDS = frozenset({REACHES_MISTRAL, CATCHES_MISTRAL})


def imports_endpoint(imported) -> bool:
    """The file imports a Mistral API URL constant (`from common import API_URL`): its requests
    may go to Mistral with the key, as in a file that names the host itself."""
    return any(fact.kind == MISTRAL_ENDPOINT for fact in imported.values())
_CALL_TYPES = frozenset({"call", "call_expression"})


def hands_key_to_helper(root, imported) -> bool:
    """The file passes a key-named value to a project helper that calls Mistral (an Obsidian
    plugin's `ask(this.settings.apiKey, …)`): it holds the Mistral key under generic names too."""
    helpers = {name for name, fact in imported.items() if fact.kind in _HELPER_KINDS}
    if not helpers:
        return False
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        callee = node.child_by_field_name("function") if node.type in _CALL_TYPES else None
        args = node.child_by_field_name("arguments") if callee is not None else None
        if args is not None and node_text(callee) in helpers and any(
                a.type in ("identifier", "member_expression", "attribute")
                and is_key_name(last_segment(node_text(a)), True) for a in args.named_children):
            return True
    return False


def check(ctx) -> Iterator[Finding]:
    holdings = shared_holdings(ctx)
    seen: set[int] = set()
    for call in chain(log_calls(ctx.language, ctx.root, "key-logging"), _framework_prints(ctx)):
        if call.start_byte in seen:
            continue
        seen.add(call.start_byte)
        reason = first_key_part(holdings, call) or _app_config_part(ctx, call) or _runtime_config_part(ctx, call) \
            or _worker_env_part(ctx, call) or _config_section_part(ctx, call)
        if reason and ("whole environment" in reason or "stored settings" in reason) and not _project_uses_mistral(ctx):
            continue  # other vendors' secrets in the environment or a store are another tool's business
        if reason:
            yield ctx.finding(CODE, call.start_byte, call.end_byte, where=f" — it writes {reason}")


# A command-line framework's command or generator class prints through its own methods:
# oclif's `this.log`/`this.logJson`/`this.warn`, a Yeoman generator's `this.log`.
_COMMAND_PRINTS = frozenset({"this.log", "this.logJson", "this.warn", "this.info"})
_COMMAND_BASE = re.compile(r"(?i)(command|generator)$")
# Asked only of the files the rule wakes on: plain `in` tests (`.log(` is on most lines of a
# bundle; swept, each occurrence would be a match of the one pass every file goes through).
_PRINT_NEEDLES = (b"this.log", b"this.warn", b"this.info")
# A framework module's own log function: `cherrypy.log(…)` (not `math.log`, a logarithm).
_MODULE_LOG = b".log("
_MATH_MODULES = frozenset({"math", "cmath", "np", "numpy", "torch", "jnp", "tf", "sympy", "scipy", "mp", "mpmath"})


def _framework_prints(ctx) -> Iterator:
    """Log calls the query finds but `log_calls` does not take: `this.log(…)` in a class extending
    a command or generator base class, an imported framework module's `log(…)`."""
    data = ctx.source.data
    if ctx.language in ECMA_LANGUAGES and any(needle in data for needle in _PRINT_NEEDLES):
        takes = _command_print
    elif ctx.language == "python" and (_MODULE_LOG in data or _PY_COMMAND_NEEDLE in data):
        takes = partial(_python_print, ctx)
    else:
        return
    for index, caps in queries.matches(ctx.language, "key-logging", ctx.root):
        call = caps.get("call", (None,))[0]
        if call is not None and queries.settings(ctx.language, "key-logging", index).get("sink") == "log" \
                and takes(call):
            yield call


# A console command class's output methods (Masonite's craft commands, cleo's): `self.info(…)`,
# `self.line(…)` print to the terminal, and a command's output is pasted into issues and CI logs.
_PY_COMMAND_PRINTS = frozenset({"self.info", "self.line", "self.comment", "self.error", "self.warning", "self.write"})
_PY_COMMAND_NEEDLE = b"Command"


def _python_print(ctx, call) -> bool:
    return _MODULE_LOG in ctx.source.data and _module_log(ctx, call) or \
        node_text(call.child_by_field_name("function")) in _PY_COMMAND_PRINTS and _in_python_command(call)


def _in_python_command(node) -> bool:
    """Inside a class whose base is a command class (`class CheckMistral(Command)`)."""
    owner = enclosing(node, frozenset({"class_definition"}))
    bases = owner.child_by_field_name("superclasses") if owner is not None else None
    return bases is not None and any(
        base.type in ("identifier", "attribute") and last_segment(node_text(base)).lower().endswith("command")
        for base in bases.named_children)


def _command_print(call) -> bool:
    return node_text(call.child_by_field_name("function")) in _COMMAND_PRINTS and _in_command_class(call)


def _module_log(ctx, call) -> bool:
    fn = call.child_by_field_name("function")
    owner = fn.child_by_field_name("object") if fn is not None and fn.type == "attribute" else None
    return owner is not None and node_text(fn.child_by_field_name("attribute")) == "log" \
        and owner.type == "identifier" and node_text(owner) not in _MATH_MODULES and _imported_module(ctx, owner)


def _in_command_class(node) -> bool:
    owner = enclosing(node, frozenset({"class_declaration", "class"}))
    heritage = next((c for c in owner.children if c.type == "class_heritage"), None) if owner is not None else None
    base = node_text(heritage).replace("extends", "", 1).strip().split("<", 1)[0].strip() if heritage is not None else ""
    return bool(_COMMAND_BASE.search(last_segment(base)))


def _app_config_part(ctx, call) -> str | None:
    """An app-wide config written whole, in a project whose app config holds the key (loaded
    elsewhere): Flask's `current_app.config` (`app.config.from_object(Config)` in the factory), or
    an imported module's `config` (`cherrypy.config`, filled by `cherrypy.config.update({…})` in
    a settings module this one imports for its side effect)."""
    # Asked for each log call: the substring test is answered once per file (`contains`).
    if ctx.language != "python" or not contains(ctx.source.data, b".config"):
        return None
    for arg in call_args(call):
        for part in written_parts(arg):
            shared = node_text(part) in _CURRENT_APP_CONFIG or _module_config(ctx, part)
            if shared and ctx.project is not None and ctx.project.flask_config_holds_key():
                what = "the Flask app config" if node_text(part) in _CURRENT_APP_CONFIG else "the app-wide config"
                return f"{node_text(part)}, {what} (the project puts the key in it)"
    return None


def _module_config(ctx, part) -> bool:
    """`cherrypy.config`: the `config` of a module this file imports (one object for the whole
    process), not of a local value."""
    if part.type != "attribute" or node_text(part.child_by_field_name("attribute")) != "config":
        return False
    owner = part.child_by_field_name("object")
    return owner is not None and owner.type == "identifier" and _imported_module(ctx, owner)


def _imported_module(ctx, name_node) -> bool:
    """A name this file binds by an import only (`import cherrypy`), not by an assignment."""
    if ctx.flow.by_name.get(node_text(name_node)):
        return False
    name = re.escape(node_text(name_node).encode())
    return bool(re.search(rb"(?m)^[ \t]*(?:import[ \t]+(?:[\w.]+[ \t]+as[ \t]+)?" + name + rb"\b|from[ \t]+\S+[ \t]+import[^\n]*\b"
                          + name + rb"\b)", ctx.source.data))


# A config service that serves sections by name, registered wherever the project does it:
# NestJS's `ConfigService` (`private readonly config: ConfigService`, `app.get(ConfigService)`) and
# node-config's module (`import config from "config"`, `require("config")`).
_CONFIG_SERVICE_NAME = re.compile(rb"([A-Za-z_$][\w$]*)\s*(?::\s*|=\s*(?:await\s+)?[\w$.]+\.get\(\s*)ConfigService\b")
_NODE_CONFIG_NAME = re.compile(rb"(?:import\s+(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)\s+from|"
                               rb"(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\()\s*\(?\s*[\"']config[\"']")
_SECTION_GETTERS = frozenset({"get", "getOrThrow"})
_MAX_SECTION_BINDINGS = 4


def _config_section_part(ctx, call) -> str | None:
    """A config section read by name and written whole (`this.config.get("mistral")`), where a
    module of the project registers that section with the key in it (NestJS `registerAs`,
    node-config's `config/*.json`), whether or not this file imports that module."""
    if ctx.language not in ECMA_LANGUAGES or ctx.project is None or not contains(ctx.source.data, b".get"):
        return None
    services = _section_services(ctx)
    if not services:
        return None
    for arg in call_args(call):
        for part in written_parts(arg):
            section = _section_read(ctx, services, part, 0)
            if section and ctx.project.config_section_holds_key(section.split(".")[0]):
                return f"{node_text(part)}, the config section {section!r} (the project registers it with the key)"
    return None


def _section_services(ctx) -> frozenset[str]:
    found = ctx.__dict__.get("_section_services")
    if found is None:
        data = ctx.source.data
        names = _CONFIG_SERVICE_NAME.findall(data) if contains(data, b"ConfigService") else []
        names += [a or b for a, b in _NODE_CONFIG_NAME.findall(data)] if contains(data, b"config") else []
        found = ctx.__dict__["_section_services"] = frozenset(n.decode() for n in names)
    return found


def _section_read(ctx, services, part, depth: int) -> str | None:
    """The section `part` reads whole: `config.get("mistral")`, `this.config.get<T>("mistral")`,
    `config.get("mistral.apiKey")`, or a name this file binds to such a read only."""
    part = unwrap(part)
    if part.type in ("identifier", "shorthand_property_identifier") and depth < 2:
        bindings = [b for b in ctx.flow.by_name.get(node_text(part), ()) if b.name_node != part]
        reads = [_section_read(ctx, services, b.value, depth + 1) for b in bindings[:_MAX_SECTION_BINDINGS]
                 if b.value is not None]
        return reads[0] if reads and len(bindings) <= _MAX_SECTION_BINDINGS and all(reads) else None
    fn = part.child_by_field_name("function") if part.type == "call_expression" else None
    if fn is None or fn.type != "member_expression" or node_text(fn.child_by_field_name("property")) not in _SECTION_GETTERS:
        return None
    owner = fn.child_by_field_name("object")
    args = call_args(part)
    section = string_value(ctx.flow, args[0]) if args else None
    if owner is None or last_segment(node_text(owner)) not in services or not section:
        return None
    return section if "." not in section or is_key_name(last_segment(section), True) else None


_NUXT_CONFIGS = ("nuxt.config.ts", "nuxt.config.js")
_CONFIG_FIELD = re.compile(r"(\w+)\s*:")


def _runtime_config_part(ctx, call) -> str | None:
    """Nuxt's whole runtime config written (`useRuntimeConfig()`, or a name bound to it), in a
    project whose nuxt.config gives its `runtimeConfig` a Mistral key field."""
    # Asked for each log call: the substring test is answered once per file (`contains`).
    if ctx.language not in ECMA_LANGUAGES or \
            not contains(ctx.source.data, b"useRuntimeConfig(") or not _nuxt_config_holds_key(ctx):
        return None
    for arg in call_args(call):
        for part in written_parts(arg):
            if _is_runtime_config(ctx, part):
                return f"{node_text(part)}, the Nuxt runtime config (nuxt.config puts the key in it)"
    return None


def _nuxt_config_holds_key(ctx) -> bool:
    manifests = ctx.project.manifests if ctx.project is not None else {}
    config = next((manifests[name] for name in _NUXT_CONFIGS if name in manifests), "")
    start = config.find("runtimeConfig")
    mistral = "istral" in config or "ISTRAL" in config
    return start >= 0 and any(is_key_name(name, mistral) for name in _CONFIG_FIELD.findall(config, start)[:64])


def _is_runtime_config(ctx, part) -> bool:
    """`useRuntimeConfig()` / `useRuntimeConfig(event)`, or a name this file binds to it only."""
    if part.type == "identifier":
        bindings = ctx.flow.by_name.get(node_text(part), ())
        return bool(bindings) and all(_is_runtime_config(ctx, unwrap(b.value)) for b in bindings[:8])
    callee = part.child_by_field_name("function") if part.type == "call_expression" else None
    return callee is not None and node_text(callee) == "useRuntimeConfig"


_WRANGLER_CONFIGS = ("wrangler.toml", "wrangler.jsonc", "wrangler.json")
_WRANGLER_KEY = re.compile(r"MISTRAL\w*KEY")
_WORKER_HANDLERS = frozenset({"fetch", "scheduled", "queue", "email", "tail"})


def _worker_env_part(ctx, call) -> str | None:
    """A Cloudflare Worker's `env` bindings written whole (`JSON.stringify(env)`), where they hold
    the Mistral key: the wrangler config binds it (`[vars] MISTRAL_API_KEY`, or a comment naming the
    secret), or this file reads the key from that same object (`c.env.MISTRAL_API_KEY`) or hands the
    object to a helper of the project that calls Mistral (`summarize(c.env, text)`)."""
    if ctx.language not in _WORKER_LANGUAGES or not contains(ctx.source.data, b"env"):
        return None
    binds = None
    for arg in call_args(call):
        for part in written_parts(arg):
            if not (_is_bindings(ctx, part, 0) or ctx.language == "python" and _is_python_bindings(part)):
                continue
            binds = _wrangler_binds_key(ctx) if binds is None else binds
            if binds:
                return f"{node_text(part)}, the Worker's env bindings (wrangler config binds the key)"
            if _reads_key_from(ctx, node_text(part)):
                return f"{node_text(part)}, the Worker's env bindings (this file reads the key from them)"
            if node_text(part) in _handed_to_mistral_helpers(ctx):
                return f"{node_text(part)}, the Worker's env bindings (handed to a helper that calls Mistral)"
    return None


def _reads_key_from(ctx, text: str) -> bool:
    """`<text>.MISTRAL_API_KEY`, `<text>["MISTRAL_API_KEY"]` or `const { MISTRAL_API_KEY } = <text>`."""
    name = re.escape(text.encode())
    return bool(re.search(rb"(?<![\w$.])" + name + rb"\s*(?:\?\.|\.|\[\s*[\"'`])\s*MISTRAL\w*KEY\b"
                          rb"|\{[^{}=;]{0,200}\bMISTRAL\w*KEY\b[^{}=;]{0,200}\}\s*=\s*" + name + rb"\b",
                          ctx.source.data))


def _handed_to_mistral_helpers(ctx) -> frozenset[str]:
    """Texts of the arguments this file hands to imported helpers that call Mistral."""
    found = ctx.__dict__.get("_handed_to_helpers")
    if found is None:
        imported = ctx.project.imported if ctx.project is not None else {}
        helpers = {name for name, fact in imported.items() if fact.kind in _HELPER_KINDS}
        texts = set()
        stack = [ctx.root] if helpers else []
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            callee = node.child_by_field_name("function") if node.type in _CALL_TYPES else None
            if callee is not None and node_text(callee) in helpers:
                texts.update(node_text(arg) for arg in call_args(node))
        found = ctx.__dict__["_handed_to_helpers"] = frozenset(texts)
    return found


_WORKER_LANGUAGES = ECMA_LANGUAGES | {"python"}
# Python Workers: `on_fetch(request, env)`, or `self.env` of a `WorkerEntrypoint` / `DurableObject`.
_PY_WORKER_HANDLERS = frozenset({"on_fetch", "on_scheduled", "on_queue"})
_PY_WORKER_BASES = frozenset({"WorkerEntrypoint", "DurableObject", "WorkflowEntrypoint"})


def _is_python_bindings(part) -> bool:
    if part.type == "attribute":
        owner = part.child_by_field_name("object")
        return node_text(part.child_by_field_name("attribute")) == "env" and owner is not None and \
            node_text(owner) == "self" and _in_worker_class(part)
    if part.type != "identifier":
        return False
    fn = enclosing(part, frozenset({"function_definition"}))
    name = fn.child_by_field_name("name") if fn is not None else None
    params = fn.child_by_field_name("parameters") if fn is not None else None
    return name is not None and node_text(name) in _PY_WORKER_HANDLERS and params is not None and \
        len(params.named_children) >= 2 and node_text(params.named_children[1]).split(":")[0].strip() == node_text(part)


def _in_worker_class(node) -> bool:
    owner = enclosing(node, frozenset({"class_definition"}))
    bases = owner.child_by_field_name("superclasses") if owner is not None else None
    return bases is not None and any(last_segment(node_text(b)) in _PY_WORKER_BASES for b in bases.named_children)


def _wrangler_binds_key(ctx) -> bool:
    manifests = ctx.project.manifests if ctx.project is not None else {}
    return any(_WRANGLER_KEY.search(manifests.get(name, "")) for name in _WRANGLER_CONFIGS)


# Every framework on Workers hands the same bindings object on under the name `env`: Hono's `c.env`,
# Pages Functions' `context.env`, SvelteKit's `platform.env`, React Router's `context.cloudflare.env`,
# Astro's `locals.runtime.env`; next-on-pages and OpenNext give it from a call
# (`getRequestContext().env`). `process.env` and the like are the environment, judged elsewhere.
_NOT_BINDINGS = frozenset({"process", "import.meta", "Deno", "Bun", "globalThis.process", "window", "self"})
_CONTEXT_CALL = re.compile(r"^get\w*Context$")
_MAX_BINDING_DEPTH = 3


def _is_bindings(ctx, part, depth: int) -> bool:
    """`part` is the Worker's env bindings: the handler's `env` parameter, a parameter's `.env`
    (also destructured, `({ env }) =>`), hono/adapter's `env(c)`, the `env` of `cloudflare:workers`,
    or a name this file binds to one of them only."""
    part = unwrap(part)
    if part.type == "member_expression":
        return node_text(part.child_by_field_name("property")) == "env" and _context_object(part.child_by_field_name("object"))
    if part.type == "call_expression":
        fn = part.child_by_field_name("function")
        return fn is not None and node_text(fn) == "env" and len(call_args(part)) == 1 and \
            _imports_name(ctx, "env", "hono/adapter")
    if part.type not in ("identifier", "shorthand_property_identifier"):
        return False
    if _is_handler_env(part) or node_text(part) == "env" and (
            _destructured_parameter(part) or _imports_name(ctx, "env", "cloudflare:workers")):
        return True
    bindings = [b for b in ctx.flow.by_name.get(node_text(part), ()) if b.name_node != part]
    return depth < _MAX_BINDING_DEPTH and bool(bindings) and len(bindings) <= 4 and \
        all(b.value is not None and _is_bindings(ctx, b.value, depth + 1) for b in bindings)


def _context_object(obj) -> bool:
    """The object a framework hands the bindings on: rooted in a parameter of an enclosing function
    (`c`, `context.cloudflare`, `locals.runtime`, `event.platform`) or a `get…Context()` call."""
    if obj is None:
        return False
    text = node_text(obj).replace("?.", ".")
    if text in _NOT_BINDINGS:
        return False
    root = obj
    while root.type in ("member_expression", "non_null_expression", "parenthesized_expression") and root.named_children:
        root = root.child_by_field_name("object") or root.named_children[0]
    if root.type == "call_expression":
        fn = root.child_by_field_name("function")
        return fn is not None and bool(_CONTEXT_CALL.match(node_text(fn)))
    return root.type == "identifier" and node_text(root) not in _NOT_BINDINGS and _is_parameter(root)


def _is_parameter(name) -> bool:
    """`name` is a parameter of a function around it (plain, typed or destructured)."""
    text = node_text(name)
    fn = enclosing(name, FUNCTION_TYPES)
    while fn is not None:
        params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
        if params is not None and _declares(params, text):
            return True
        fn = enclosing(fn, FUNCTION_TYPES)
    return False


_PATTERN_NAMES = frozenset({"identifier", "shorthand_property_identifier_pattern"})


def _declares(params, text: str) -> bool:
    stack = [params]
    while stack:
        node = stack.pop()
        if node.type in _PATTERN_NAMES and node_text(node) == text:
            return True
        if node.type == "pair_pattern":
            node = node.child_by_field_name("value") or node
            if node.type in _PATTERN_NAMES:
                if node_text(node) == text:
                    return True
                continue
        if node.type not in ("type_annotation", "object", "arrow_function") and node.type not in FUNCTION_TYPES:
            stack.extend(node.named_children)
    return False


def _destructured_parameter(name) -> bool:
    """`env` taken by a function's destructured first parameter (Pages Functions'
    `async ({ request, env }) =>`)."""
    fn = enclosing(name, FUNCTION_TYPES)
    params = fn.child_by_field_name("parameters") if fn is not None else None
    first = params.named_children[0] if params is not None and params.named_children else None
    pattern = (first.child_by_field_name("pattern") or first) if first is not None else None
    return pattern is not None and pattern.type == "object_pattern" and _declares(pattern, node_text(name))


def _imports_name(ctx, name: str, module: str) -> bool:
    return bool(re.search(rb"import\s*\{[^}]*\b" + name.encode() + rb"\b[^}]*\}\s*from\s*[\"']"
                          + re.escape(module.encode()) + rb"[\"']", ctx.source.data))


def _is_handler_env(part) -> bool:
    """`env`, the second parameter of the Worker handler (`fetch(request, env, ctx)`) around it."""
    node = part.parent
    while node is not None and node.type not in ("method_definition", "function_declaration"):
        node = node.parent
    name = node.child_by_field_name("name") if node is not None else None
    params = node.child_by_field_name("parameters") if node is not None else None
    if name is None or params is None or node_text(name) not in _WORKER_HANDLERS or len(params.named_children) < 2:
        return False
    second = params.named_children[1]
    pattern = second.child_by_field_name("pattern") or second
    return node_text(pattern) == node_text(part)


def _project_uses_mistral(ctx) -> bool:
    return ctx.mentions_mistral or bool(ctx.project is not None and ctx.project.talks_to_mistral())


def first_key_part(holdings: Holdings, call) -> str | None:
    for arg in call_args(call):
        for part in written_parts(arg):
            reason = holdings.key_reason(part)
            if reason:
                return reason
        if holdings.mistral_file and _holds_key_literal(arg):
            return "a Mistral API key literal"  # `print("curl … Bearer <key>")`; MK001 reports it too
    return None


def _holds_key_literal(arg) -> bool:
    """A key literal written as part of the text: a string, a constant part of an f-string or
    template, an operand of a concatenation."""
    stack = [arg]
    while stack:
        node = stack.pop()
        if node.type in ("string_content", "string_fragment") and keyshape.find_keys(node_text(node)):
            return True
        if names_other_host(node):
            continue  # `curl https://api.example.com … Bearer <key>`: another service's key
        if node.type not in FUNCTION_TYPES:
            stack.extend(node.named_children)
    return False


CHECKERS = (Checker(CODE, CODE_LANGUAGES, PREFILTER, check),)
