"""MK003 public-env-key (in code): the Mistral key read through a variable the bundler inlines.

`import.meta.env.VITE_*`, `process.env.NEXT_PUBLIC_*` and the other public prefixes, SvelteKit's
`$env/static/public` and `$env/dynamic/public`, and Nuxt's `runtimeConfig.public`. A read counts
when the variable's name says "Mistral key", or when its value reaches a Mistral client or a
request to api.mistral.ai in the same file. It fires wherever the file runs: the prefix alone
ships the value to every client. Only the read is reported, not later uses of what it bound.
(`.env*` files that define such variables are read by the config-file rules.)
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.dataflow import name_of, node_text
from mistral_keyguard.finding import Finding, Position, RelatedLocation, Span
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.project import PUBLIC_ENV_NAMES, PUBLIC_ENV_PREFIXES
from mistral_keyguard.rules.checker import Checker
from mistral_keyguard.rules.frontend_direct_call import MistralCall, MistralWordPrefilter, calls_in

CODE = "MK003"
LANGUAGES = ECMA_LANGUAGES

PUBLIC_PREFIXES = PUBLIC_ENV_PREFIXES
_MISTRAL = re.compile(r"(?i)mistral")
_KEYISH = re.compile(r"(?i)key|token|secret|bearer|credential|auth")
_NOT_KEY = re.compile(r"(?i)keyword|monkey|keyboard|author")
_TRANSPARENT = frozenset({
    "non_null_expression", "parenthesized_expression", "as_expression", "satisfies_expression",
    "binary_expression", "ternary_expression", "template_substitution", "template_string",
    "pair", "object", "array", "await_expression", "arguments", "call_expression",
    "spread_element", "new_expression",
})
_MAX_HOPS = 4
_KEY_FIELD = re.compile(r"(?i)^(authorization|x-api-key|x-mistral-key|(mistral)?_?api_?key|apikey|(api_?|access_?)?token|bearer|key|secret)$")
# A Nuxt runtimeConfig field's empty default (`mistralKey: ""`): its value comes from the environment.
_EMPTY_DEFAULT = re.compile(r"""^(""|''|``)$""")
_HEADER_SETTERS = frozenset({"setRequestHeader", "set", "append", "setHeader"})


# A global a bundler pastes in at build time (Vite `define`, webpack `DefinePlugin`), named by
# the `__NAME__` convention their docs use: no import says where its value comes from.
DEFINED_GLOBAL = re.compile(rb"\b__[A-Za-z][A-Za-z0-9_]*__\b")
# The key of such a global's use among a module's key uses (`define:__ASSIST_TOKEN__`).
DEFINE_PREFIX = "define:"
# A value read from the environment at build time (`JSON.stringify(env.X)`, `process.env.X`).
_ENV_READ = re.compile(r"\benv\b|\bgetenv\b")


class _PublicOrMistralPrefilter:
    """The word Mistral and a public prefix (or Nuxt runtimeConfig), both, in the bytes."""

    _PUBLIC = re.compile(b"|".join(re.escape(p.encode()) for p in PUBLIC_ENV_NAMES)
                         + rb"|\$env/dynamic/public|runtimeConfig|RuntimeConfig|define|DefinePlugin|EnvironmentPlugin"
                         + rb"|\benv\s*:\s*\{|customFields")
    _MISTRAL = MistralWordPrefilter()

    def search(self, data: bytes) -> bool:
        return self._MISTRAL.search(data) and self._PUBLIC.search(data) is not None


PREFILTER = _PublicOrMistralPrefilter()


def public_prefix(name: str, via_import_meta: bool = True) -> tuple[str, str] | None:
    for prefix, tool in PUBLIC_PREFIXES:
        if name.startswith(prefix):
            if prefix == "PUBLIC_" and not via_import_meta:
                return None
            return prefix, tool
    return None


def is_mistral_key_name(name: str) -> bool:
    return bool(_MISTRAL.search(name) and _KEYISH.search(name) and not _NOT_KEY.search(name))


class Reach:
    """Whether a value flows into the key position of a Mistral call in this file.

    From the read, climb through the expressions around it (templates, `||`, objects) to the
    name it is bound to, then on from each use of that name, a few hops at most. It reaches when
    the climb enters a Mistral call's arguments after passing a key-ish field (`apiKey`,
    `Authorization`), or is a client constructor's positional argument. An Authorization header
    set with `setRequestHeader` / `headers.set` counts in a file that sends Mistral requests.
    A model name in the same request body does not reach: it sits under no key-ish field.
    """

    def __init__(self, root: ts.Node, calls: list[MistralCall],
                 key_field: Callable[[str], object] | None = None, options: bool = False):
        self.root = root
        self.calls = {c.span: c for c in calls}
        self.sends_requests = any(not c.client for c in calls)
        self._idents: dict[str, list[ts.Node]] | None = None
        # Another field to follow instead of the key's (`headers`: a value that is a request's
        # headers); `options`: a request's options argument counts as well (`fetch(url, init)`).
        self.key_field = key_field or is_key_field
        self.options = options

    def reaches(self, node: ts.Node, bound_name: str | None = None) -> bool:
        if not self.calls:
            return False
        frontier = [(node, False)]
        names_seen: set[str] = set()
        if bound_name:
            names_seen.add(bound_name)
            frontier += [(use, False) for use in self.uses(bound_name) if use != node]
        for _ in range(_MAX_HOPS):
            following: list[tuple[ts.Node, bool]] = []
            for current, keyed in frontier:
                hit, name, keyed = self._climb(current, keyed)
                if hit:
                    return True
                if name and name not in names_seen:
                    names_seen.add(name)
                    following += [(use, keyed) for use in self.uses(name)]
            frontier = following
            if not frontier:
                break
        return False

    def _climb(self, node: ts.Node, keyed: bool) -> tuple[bool, str | None, bool]:
        child, parent = node, node.parent
        if self.key_field is not is_key_field and node.type == "shorthand_property_identifier":
            keyed = keyed or bool(self.key_field(node_text(node)))  # `fetch(url, { method, headers })`
        while parent is not None:
            if parent.type == "pair" and parent.child_by_field_name("value") == child:
                key = parent.child_by_field_name("key")
                keyed = keyed or (key is not None and bool(self.key_field(name_of(key))))
            elif parent.type == "arguments" and parent.parent is not None:
                call = self.calls.get((parent.parent.start_byte, parent.parent.end_byte))
                if call is not None and (keyed or (call.client and child.type != "object")
                                         or self.options and not call.client and child.type != "object"
                                         and child.prev_named_sibling is not None):
                    return True, None, keyed
                if _is_auth_header_setter(parent, child):
                    keyed = True
                    if self.sends_requests:
                        return True, None, keyed
            elif parent.type not in _TRANSPARENT:
                break
            child, parent = parent, parent.parent
        return False, _bound_name(child, parent), keyed

    def bound_name(self, node: ts.Node) -> str | None:
        """The name a value is bound to (`const X = <node>`), through wrappers such as `??`."""
        return self._climb(node, False)[1]

    def uses(self, name: str) -> list[ts.Node]:
        if self._idents is None:
            self._idents = {}
            stack = [self.root]
            while stack:
                current = stack.pop()
                if current.type in ("identifier", "shorthand_property_identifier"):
                    self._idents.setdefault(node_text(current), []).append(current)
                stack.extend(current.children)
        return self._idents.get(name, [])


def is_key_field(name: str) -> bool:
    return bool(_KEY_FIELD.search(name))


def _is_auth_header_setter(arguments: ts.Node, arg: ts.Node) -> bool:
    """`xhr.setRequestHeader("Authorization", <arg>)`, `headers.set("x-api-key", <arg>)`."""
    call = arguments.parent
    fn = call.child_by_field_name("function") if call is not None else None
    if fn is None or fn.type != "member_expression":
        return False
    method = fn.child_by_field_name("property")
    args = arguments.named_children
    if method is None or node_text(method) not in _HEADER_SETTERS or len(args) < 2 or args[1] != arg:
        return False
    return args[0].type == "string" and is_key_field(name_of(args[0]))


def _bound_name(child: ts.Node, parent: ts.Node | None) -> str | None:
    """The variable a value is stored in: `const key = <child>`, `key = <child>`."""
    if parent is None:
        return None
    if parent.type == "variable_declarator" and parent.child_by_field_name("value") == child:
        target = parent.child_by_field_name("name")
        return node_text(target) if target is not None and target.type == "identifier" else None
    if parent.type == "assignment_expression" and parent.child_by_field_name("right") == child:
        target = parent.child_by_field_name("left")
        return node_text(target) if target is not None and target.type == "identifier" else None
    return None


class PublicEnvKey:
    """One file's MK003 analysis."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.reach = Reach(ctx.root, calls_in(ctx))
        self.dynamic_env: set[str] = set()
        self.related: dict[int, RelatedLocation] = {}  # by the reported node's start: the use elsewhere

    def findings(self) -> Iterator[tuple[ts.Node, str]]:
        """(node to report, where-text) pairs."""
        matches = queries.matches(self.ctx.language, "public-env-key", self.ctx.root)
        kinds = [(queries.settings(self.ctx.language, "public-env-key", i).get("sink"), caps)
                 for i, caps in matches]
        for kind, caps in kinds:  # the $env/dynamic/public imports first: reads depend on them
            if kind == "sveltekit-dynamic-import":
                alias = caps.get("env_alias")
                self.dynamic_env.add(node_text(alias[0]) if alias else "env")
        for kind, caps in kinds:
            handler = getattr(self, "_sink_" + str(kind).replace("-", "_"), None)
            if handler is not None:
                yield from handler(caps)

    def _counts(self, name: str, node: ts.Node, bound_name: str | None = None) -> bool:
        return is_mistral_key_name(name) or self.reach.reaches(node, bound_name) or self._sent_elsewhere(node)

    def _sent_elsewhere(self, node: ts.Node) -> bool:
        """The name the read is bound to is sent to Mistral as the key by a module importing it."""
        uses = self.ctx.project.key_uses if self.ctx.project is not None else {}
        return bool(uses) and self.reach.bound_name(node) in uses

    def _sink_env_read(self, caps) -> Iterator[tuple[ts.Node, str]]:
        read, name = caps["read"][0], name_of(caps["name"][0])
        if _is_written(read):  # `process.env.NEXT_PUBLIC_X = ...` (tests, scripts) sets, not reads
            return
        found = public_prefix(name, node_text(read).startswith("import.meta"))
        if found and self._counts(name, read):
            yield read, f" ({_plain(node_text(read))}: {found[1]} inlines {found[0]}* variables into the bundle)"

    def _sink_env_destructure(self, caps) -> Iterator[tuple[ts.Node, str]]:
        env = node_text(caps["_env"][0]) if "_env" in caps else ""
        for node in caps.get("name", ()):
            name = node_text(node)
            found = public_prefix(name, env.startswith("import.meta"))
            if found and self._counts(name, node, _destructured_local(node)):
                yield node, f" ({name}: {found[1]} inlines {found[0]}* variables into the bundle)"

    def _sink_sveltekit_static(self, caps) -> Iterator[tuple[ts.Node, str]]:
        for node in caps.get("name", ()):
            name = node_text(node)
            alias = node.next_named_sibling
            local = node_text(alias) if alias is not None else name
            if self._counts(name, node, local):
                yield node, f" ({name} from $env/static/public is part of the browser bundle)"

    def _sink_sveltekit_dynamic_read(self, caps) -> Iterator[tuple[ts.Node, str]]:
        read, name = caps["read"][0], node_text(caps["name"][0])
        if node_text(caps["object"][0]) in self.dynamic_env and self._counts(name, read):
            yield read, f" ({name} from $env/dynamic/public is sent to every browser)"

    def _sink_nuxt_public(self, caps) -> Iterator[tuple[ts.Node, str]]:
        entry, name = caps["entry"][0], name_of(caps["name"][0])
        value = node_text(caps["value"][0])
        if _EMPTY_DEFAULT.match(value):
            return  # a slot NUXT_PUBLIC_* fills at run time: reported where it is set and where it is read
        if is_mistral_key_name(name) or is_mistral_key_name(value):
            yield entry, f" (runtimeConfig.public.{name}: Nuxt sends public runtime config to every browser)"

    def _sink_nuxt_public_read(self, caps) -> Iterator[tuple[ts.Node, str]]:
        read, name, config = caps["read"][0], node_text(caps["name"][0]), caps["config"][0]
        if self._is_runtime_config(config) and not self._reported_in_nuxt_config(name) and self._counts(name, read):
            yield read, f" (runtimeConfig.public.{name}: Nuxt sends public runtime config to every browser)"

    def _reported_in_nuxt_config(self, name: str) -> bool:
        """The project's nuxt.config gives `name` a value `_sink_nuxt_public` reports there (the
        read of NUXT_PUBLIC_MISTRAL_API_KEY): this read is a later use. An empty default is not."""
        manifests = self.ctx.project.manifests if self.ctx.project is not None else {}
        config = manifests.get("nuxt.config.ts") or manifests.get("nuxt.config.js") or ""
        entry = re.search(r"\b" + re.escape(name) + r"""\s*:\s*([^,}\n]+)""", config)
        if entry is None:
            return False
        value = entry.group(1).strip()
        return not _EMPTY_DEFAULT.match(value) and (is_mistral_key_name(name) or is_mistral_key_name(value))

    def _is_runtime_config(self, config: ts.Node) -> bool:
        """`useRuntimeConfig()` itself, or a name this file binds to it (`const config = useRuntimeConfig()`)."""
        if config.type == "call_expression":
            return node_text(config.child_by_field_name("function")) == "useRuntimeConfig"
        binding = re.compile(rb"\b" + re.escape(node_text(config).encode()) + rb"\s*=\s*useRuntimeConfig\s*\(")
        return binding.search(self.ctx.source.data) is not None

    def _sink_bundle_define(self, caps) -> Iterator[tuple[ts.Node, str]]:
        entry, name = caps["entry"][0], name_of(caps["name"][0])
        where = f" ({_plain(name)} is defined for the bundle: the build pastes its value into the client code)"
        if is_mistral_key_name(name) or is_mistral_key_name(node_text(caps["value"][0])):
            yield entry, where
            return
        uses = self.ctx.project.key_uses if self.ctx.project is not None else {}
        fact = uses.get(DEFINE_PREFIX + name.strip("'\""))
        if fact is not None and _defines_a_value(caps["value"][0]):
            point = Position(fact.line, fact.character, 0)
            self.related[entry.start_byte] = RelatedLocation(Span(point, point), f"the key is used here: {fact.detail}",
                                                             path=fact.path)
            yield entry, where[:-1] + f", and {fact.path} sends it to Mistral as the key)"

    def _sink_bundle_env_section(self, caps) -> Iterator[tuple[ts.Node, str]]:
        """A config section the framework's build ships to the browser like a `define` entry
        (`_inlined_env_section`). Only a value read from the environment: a literal there is a key
        in code that ships (MK001's)."""
        if _defines_a_value(caps["value"][0]) and _inlined_env_section(caps["section"][0], self.ctx.path):
            yield from self._sink_bundle_define(caps)

    def _sink_bundle_env_plugin(self, caps) -> Iterator[tuple[ts.Node, str]]:
        name = node_text(caps["name"][0])
        if is_mistral_key_name(name):
            yield caps["entry"][0], f" ({name} passed to EnvironmentPlugin: webpack pastes its value into the bundle)"


# Config files whose top-level sections a framework ships to the browser, by section.
_PUBLIC_SECTIONS = {
    "env": re.compile(r"(^|/)(next|nuxt)\.config\.[cm]?[jt]s$"),
    "publicRuntimeConfig": re.compile(r"(^|/)(next|nuxt)\.config\.[cm]?[jt]s$"),
    "customFields": re.compile(r"(^|/)docusaurus\.config\.[cm]?[jt]s$"),
}
# Configs whose section the framework hands browser code by field name, and what marks a module
# that reads one: Docusaurus's `customFields` (`siteConfig.customFields.NAME`), Stencil's `env`
# (`Env.NAME` of @stencil/core). Framework-specific names. Their readers' key uses join the config
# as `define:NAME`, like a bundler's `define`d global.
SHIPPED_CONFIG = re.compile(r"^(docusaurus|stencil)\.config\.[cm]?[jt]s$")
SHIPPED_SECTIONS = frozenset({"customFields", "env"})
SHIPPED_READS = (b"customFields", b"Env.")


def ships_to_browser(node: ts.Node, path: str) -> bool:
    """Whether `node` is a value in a config section its framework ships to the browser
    (`_inlined_env_section`): an env read written there ships too, so moving a key literal of it
    to the environment fixes nothing."""
    entry = node.parent
    for _ in range(3):  # the literal, a template or a call around it, then its entry
        if entry is None or entry.type == "pair":
            break
        entry = entry.parent
    holder = entry.parent if entry is not None and entry.type == "pair" else None
    section = holder.parent if holder is not None else None
    return section is not None and section.type == "pair" and _inlined_env_section(section, path)


def _inlined_env_section(section: ts.Node, path: str) -> bool:
    """`build: { env: {…} }` anywhere (Quasar), or a section at the top of a config object that
    its framework ships to the browser (next.config and Nuxt 2's `env` and `publicRuntimeConfig`,
    Docusaurus's `customFields`). A test runner's or dev server's `env` sets a process's
    environment: not these."""
    key = section.child_by_field_name("key")
    name = node_text(key) if key is not None else ""
    holder = section.parent
    owner = holder.parent if holder is not None else None
    if owner is not None and owner.type == "pair":
        outer = owner.child_by_field_name("key")
        return name == "env" and outer is not None and node_text(outer).strip("'\"") == "build"
    public = _PUBLIC_SECTIONS.get(name)
    return public is not None and bool(public.search(path.replace("\\", "/")))


def _defines_a_value(value: ts.Node) -> bool:
    """`JSON.stringify(env.X)`, `process.env.X`: a value the build reads from the environment, not
    a literal (`JSON.stringify("dev")`), which holds no secret."""
    return _ENV_READ.search(node_text(value)) is not None


def _is_written(node: ts.Node) -> bool:
    parent = node.parent
    return parent is not None and parent.type in ("assignment_expression", "augmented_assignment_expression") \
        and parent.child_by_field_name("left") == node


def _destructured_local(name_node: ts.Node) -> str | None:
    parent = name_node.parent
    if parent is not None and parent.type == "pair_pattern":
        value = parent.child_by_field_name("value")
        return node_text(value) if value is not None and value.type == "identifier" else None
    return node_text(name_node)


def _plain(text: str) -> str:
    return " ".join(text.split())


def check(ctx) -> Iterator[Finding]:
    if ctx.tree is None:
        return
    lines: set[int] = set()
    analysis = PublicEnvKey(ctx)
    for node, where in analysis.findings():
        line = node.start_point.row
        if line in lines:  # runtimeConfig.public entry and its env read on one line: one finding
            continue
        lines.add(line)
        related = analysis.related.get(node.start_byte)
        yield ctx.finding(CODE, node.start_byte, node.end_byte, where=where, related=(related,) if related else ())


CHECKERS = (Checker(CODE, LANGUAGES, PREFILTER, check),)
