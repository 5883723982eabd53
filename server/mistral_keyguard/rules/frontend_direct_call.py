"""MK002 frontend-direct-call: code that runs on users' devices calls the Mistral API itself.

Two halves: the call sites (`queries/ecma/frontend-direct-call.scm`: fetch, axios, ky, ofetch,
XMLHttpRequest, EventSource, and Mistral client constructors) whose URL resolves to
api.mistral.ai, and the classifier's verdict on where the code at the call runs. Only a client
verdict raises MK002: server code calling Mistral is the recommended proxy, unknown stays quiet.
`mistral_calls` is shared with MK003, which asks whether a public variable reaches such a call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard import queries
from mistral_keyguard.classifier import importer_alone, placement, placement_alone
from mistral_keyguard.dataflow import ValueFlow, last_segment, node_text
from mistral_keyguard.finding import Finding
from mistral_keyguard.holdings import Holdings
from mistral_keyguard.project import KEYED_CLIENT, MISTRAL_ENDPOINT
from mistral_keyguard.prefilter import is_generated, mentions_mistral
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.module_graph import imports_of
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing
from mistral_keyguard.rules.checker import Checker

CODE = "MK002"
LANGUAGES = ECMA_LANGUAGES


class MistralWordPrefilter:
    """The bytes mention Mistral in any case, and are not generated code (substring tests shared
    with the other rules: a case-insensitive regex over every file costs several times more)."""

    def search(self, data: bytes) -> bool:
        return mentions_mistral(data) and not is_generated(data)


PREFILTER = MistralWordPrefilter()

MISTRAL_HOST = re.compile(r"(?i)(?<![\w.-])(api|codestral)\.mistral\.ai\b")
# JavaScript client classes and factories: the SDK, LangChain.js, the Vercel AI SDK provider.
JS_CLIENT_NAMES = frozenset({"Mistral", "MistralClient", "ChatMistralAI", "MistralAIEmbeddings",
                             "createMistral", "MistralAI"})
# Packages whose exports are Mistral clients (relative imports such as `../lib/mistral` are not).
_CLIENT_PACKAGE = re.compile(r"^(@mistralai/|@langchain/mistralai$|@ai-sdk/mistral$|mistralai$|"
                             r"langchain/chat_models/mistral|llamaindex/)")
# Option fields of a request or client factory that hold the URL.
_URL_FIELDS = ("url", "baseURL", "baseUrl", "prefixUrl", "prefixURL", "endpoint", "serverURL")


@dataclass(frozen=True)
class MistralCall:
    """A request to api.mistral.ai or a Mistral client, whichever side runs it."""

    node: ts.Node  # the call or `new` expression
    head: ts.Node  # what the finding underlines: `fetch`, `axios.post`, `new Mistral`
    what: str
    client: bool = False  # a client constructor or factory, not a request
    # A request made through an HTTP client instance (`api.post("/chat/completions")`): the
    # factory call that gave the instance its Mistral base URL (`axios.create({ baseURL })`).
    through: ts.Node | None = None
    # Sent through an imported instance made with the key in its headers: reported here only
    # where this file is browser code by itself (see `check`).
    keyed_import: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.node.start_byte, self.node.end_byte


def client_names(language: str, root: ts.Node) -> set[str]:
    """Local names bound to a Mistral client class or factory by an import from its package."""
    names = set(JS_CLIENT_NAMES)
    for _, caps in queries.matches(language, "imports", root):
        modules = [node_text(m) for m in caps.get("module", ())]
        if not any(_CLIENT_PACKAGE.match(m) for m in modules):
            continue
        names.update(node_text(n) for n in caps.get("alias", ()))
        names.update(node_text(n) for n in caps.get("default", ()))
    return names


def mistral_calls(language: str, root: ts.Node, flow: ValueFlow,
                  endpoints: frozenset[str] = frozenset(), keyed: frozenset[str] = frozenset()) -> list[MistralCall]:
    """Calls to Mistral; `endpoints` are imported names the project view knows hold a Mistral URL,
    `keyed` imported instances on the Mistral base URL made with the key in their headers."""
    if language not in ECMA_LANGUAGES:
        return []
    clients = client_names(language, root)
    calls: dict[tuple[int, int], MistralCall] = {}
    other_requests: list[ts.Node] = []  # requests whose own URL does not name Mistral
    for index, caps in queries.matches(language, "frontend-direct-call", root):
        kind = queries.settings(language, "frontend-direct-call", index).get("sink")
        callee = caps["callee"][0]
        call = callee.parent
        if call is None:
            continue
        if kind == "client":
            verb = "new " if call.type == "new_expression" else ""
            if node_text(callee) in clients or last_segment(node_text(callee)) in JS_CLIENT_NAMES:
                found = MistralCall(call, callee, f"{verb}{node_text(callee)}(…) builds a Mistral client", True)
                calls.setdefault((call.start_byte, call.end_byte), found)
            elif (options := _first_argument(call)) is not None and flow.containers(options) \
                    and reaches_mistral(flow, options, endpoints):
                # An OpenAI-compatible client pointed at Mistral: new OpenAI({ baseURL: "https://api.mistral.ai/v1" })
                found = MistralCall(call, callee, f"{verb}{node_text(callee)}(…) with its base URL on api.mistral.ai", True)
                calls.setdefault((call.start_byte, call.end_byte), found)
        elif kind == "request" and (url := _url_argument(language, index, caps)) is not None \
                and (reaches_mistral(flow, url, endpoints) or _base_url_option(flow, caps, url)):
            name = node_text(callee)
            what = f"{'new ' if call.type == 'new_expression' else ''}{name}(…) to api.mistral.ai"
            calls.setdefault((call.start_byte, call.end_byte), MistralCall(call, callee, what))
        elif kind == "request" and callee.type == "member_expression":
            other_requests.append(call)
    for request in _instance_requests(flow, list(calls.values()), other_requests, endpoints, keyed):
        calls.setdefault(request.span, request)
    return sorted(calls.values(), key=lambda c: c.node.start_byte)


# Factories of HTTP client instances (`axios.create`, `ky.create`, `ky.extend`) and the methods
# that send a request through an instance.
_INSTANCE_FACTORIES = ("create", "extend")
_INSTANCE_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "stream"})


def _instance_requests(flow: ValueFlow, calls: list[MistralCall], requests: list[ts.Node],
                       imported: frozenset[str] = frozenset(), keyed: frozenset[str] = frozenset()
                       ) -> Iterator[MistralCall]:
    """Requests sent through an instance with its base URL on api.mistral.ai, made in this file
    (`const api = axios.create({ baseURL })`, then `api.post("/chat/completions")`) or imported
    (`imported`: names the project view knows as Mistral endpoints or instances): the request is
    what calls Mistral, not the line that made the instance."""
    instances: dict[str, ts.Node | None] = dict.fromkeys(imported | keyed)
    instances.update(_defaults_set(flow))
    for call in calls:
        name = instance_name(call)
        if name is not None:
            instances[name] = call.node
    if not instances:
        return
    for request in requests:
        callee = request.child_by_field_name("function")
        method = node_text(callee.child_by_field_name("property"))
        target = node_text(callee.child_by_field_name("object"))
        if target not in instances or method not in _INSTANCE_METHODS or _elsewhere(flow, request):
            continue
        factory = instances[target]
        where = "an instance" if factory is not None else "an imported instance"
        yield MistralCall(request, callee, f"{node_text(callee)}(…) through {where} whose base URL is on "
                                           f"api.mistral.ai", through=factory,
                          keyed_import=factory is None and target in keyed and target not in imported)


_DEFAULTS_SUFFIX = ".defaults.baseURL"


def _defaults_set(flow: ValueFlow) -> Iterator[tuple[str, ts.Node]]:
    """`axios.defaults.baseURL = "https://api.mistral.ai/v1"` (or an instance's): every request
    sent through it afterwards goes to Mistral."""
    for name, bindings in flow.by_name.items():
        if name.endswith(_DEFAULTS_SUFFIX) and len(name) > len(_DEFAULTS_SUFFIX):
            for binding in bindings[:_ENDPOINT_BINDINGS]:
                if any(MISTRAL_HOST.search(node_text(leaf)) for leaf in flow.resolve(binding.value)):
                    yield name[:-len(_DEFAULTS_SUFFIX)], binding.value
                    break


def instance_name(call: MistralCall) -> str | None:
    """The name an instance factory's result is bound to: `api`, `this.http` (an assignment or a
    class field)."""
    head = call.head
    if call.client or head.type != "member_expression" or \
            node_text(head.child_by_field_name("property")) not in _INSTANCE_FACTORIES:
        return None
    holder = call.node.parent
    if holder is not None and holder.type == "await_expression":
        holder = holder.parent
    if holder is None:
        return None
    if holder.type == "variable_declarator" and holder.child_by_field_name("value") is not None:
        name = holder.child_by_field_name("name")
        return node_text(name) if name is not None and name.type == "identifier" else None
    if holder.type == "assignment_expression":
        return node_text(holder.child_by_field_name("left"))
    if holder.type in ("public_field_definition", "field_definition"):
        name = holder.child_by_field_name("name") or holder.child_by_field_name("property")
        return f"this.{node_text(name)}" if name is not None else None
    return None


def _elsewhere(flow: ValueFlow, request: ts.Node) -> bool:
    """The request's own URL is absolute and on another host (it overrides the base URL)."""
    args = request.child_by_field_name("arguments")
    first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
    url = flow.static_string(first) if first is not None else None
    return bool(url) and url.lower().startswith(("http://", "https://", "//")) and not MISTRAL_HOST.search(url)


def calls_in(ctx) -> list[MistralCall]:
    """`mistral_calls` for a scan context, computed once per file (MK002 and MK003 both ask)."""
    cached = ctx.__dict__.get("_mistral_calls")
    if cached is None:
        imported = ctx.project.imported if ctx.project is not None else {}
        endpoints = frozenset(name for name, fact in imported.items() if fact.kind == MISTRAL_ENDPOINT)
        keyed = frozenset(name for name, fact in imported.items()
                          if fact.kind == KEYED_CLIENT and fact.detail == MISTRAL_ENDPOINT)
        cached = ctx.__dict__["_mistral_calls"] = mistral_calls(ctx.language, ctx.root, ctx.flow, endpoints, keyed)
    return cached


def _url_argument(language: str, index: int, caps) -> ts.Node | None:
    position = int(queries.settings(language, "frontend-direct-call", index).get("url_arg") or 0)
    args = [a for a in caps["args"][0].named_children if a.type != "comment"]
    return args[position] if position < len(args) else None


_BASE_FIELDS = ("baseURL", "baseUrl", "prefixUrl", "prefixURL")


def _base_url_option(flow: ValueFlow, caps, url: ts.Node) -> bool:
    """A path sent with a Mistral base URL in a later options argument:
    `axios.post("/chat/completions", body, { baseURL: "https://api.mistral.ai/v1" })`."""
    if flow.static_string(url) is None or not (flow.static_string(url) or "").startswith("/"):
        return False
    for arg in caps["args"][0].named_children:
        if arg.type != "object" or arg.start_byte <= url.start_byte:
            continue
        for field in _BASE_FIELDS:
            value = flow.member_value(arg, field)
            if value is not None and any(MISTRAL_HOST.search(node_text(leaf)) for leaf in flow.resolve(value)):
                return True
    return False


def _first_argument(call: ts.Node) -> ts.Node | None:
    args = call.child_by_field_name("arguments")
    if args is None:
        return None
    return next((a for a in args.named_children if a.type != "comment"), None)


def reaches_mistral(flow: ValueFlow, url: ts.Node, endpoints: frozenset[str] = frozenset()) -> bool:
    """Whether the URL (or the URL field of an options object) names a Mistral API host, itself
    or through a constant imported from another module (`endpoints`)."""
    if endpoints and _names_endpoint(url, endpoints, flow):
        return True
    targets = [url]
    for container in flow.containers(url):
        targets += [v for f in _URL_FIELDS if (v := flow.member_value(container, f)) is not None]
    for target in targets:
        for leaf in flow.resolve(target):
            if MISTRAL_HOST.search(node_text(leaf)):
                return True
        inner = flow.unwrap(target)
        if inner.type == "new_expression" and node_text(inner.child_by_field_name("constructor")) == "URL":
            args = inner.child_by_field_name("arguments")
            if args is not None and any(reaches_mistral(flow, a, endpoints) for a in args.named_children):
                return True
    return False


def _names_endpoint(url: ts.Node, endpoints: frozenset[str], flow: ValueFlow | None = None, depth: int = 0) -> bool:
    """`MISTRAL_CHAT_URL` or `` `${MISTRAL_BASE}/chat/completions` `` with the constant imported,
    or a name bound to one (`private apiUrl = environment.assistantUrl`, then `this.apiUrl`)."""
    if url.type in ("identifier", "member_expression"):
        text = node_text(url)
        if text in endpoints:
            return True
        # A class field is bound by its bare name (`private apiUrl = …`), read as `this.apiUrl`.
        name = text[len("this."):] if text.startswith("this.") else text
        return flow is not None and depth < _ENDPOINT_HOPS and any(
            _names_endpoint(flow.unwrap(b.value), endpoints, flow, depth + 1)
            for b in flow.by_name.get(name, ())[:_ENDPOINT_BINDINGS])
    if url.type == "template_string":
        return any(sub.named_children and _names_endpoint(sub.named_children[0], endpoints, flow, depth)
                   for sub in url.named_children if sub.type == "template_substitution")
    return False


_ENDPOINT_HOPS = 2
_ENDPOINT_BINDINGS = 8


def check(ctx) -> Iterator[Finding]:
    if ctx.tree is None:
        return
    calls = calls_in(ctx)
    if not calls:
        return  # placement may ask the importers (a walk of the project): only for a real call
    where = placement(ctx)
    # An instance factory is reported at the requests sent through it, when this file or a file
    # importing the instance sends any.
    used = {(c.through.start_byte, c.through.end_byte) for c in calls if c.through is not None}
    for call in calls:
        verdict = where.at(call.node)
        if not verdict.is_client or call.span in used or _used_by_importers(ctx, call):
            continue
        if call.keyed_import and not placement_alone(ctx).is_client:
            continue  # a helper placed by its importers: the keyed instance's factory is the finding
        start = call.node.start_byte
        yield ctx.finding(CODE, start, call.head.end_byte, where=f" ({call.what}; {verdict.reason})")


def _used_by_importers(ctx, call: MistralCall) -> bool:
    """An exported instance (`export const api = axios.create({ baseURL })`) that a file importing
    it sends requests through (`api.post(…)`): the importer's request is the finding. An instance
    made with the key in its headers is reported at its requests only in importers that are
    browser code by themselves (a component, a page); sent through by helpers that only their
    importers place (a store, a service), the instance itself is the finding: where the key
    enters browser code, once however many helpers use it."""
    name = instance_name(call)
    project = ctx.project
    if name is None or "." in name or project is None or project.importers is None or not _top_level(call.node):
        return False
    keyed = None
    for rel, language, head in project.importers()[:_MAX_IMPORTERS]:
        for item in imports_of(head, language):
            local = next((local for taken, local in item.names if taken == name and local), None)
            if local is None or not re.search(rf"(?<![\w$.]){re.escape(local)}\s*\.\s*(?:{_METHOD_WORDS})\s*\(",
                                              head.decode("utf-8", "replace")):
                continue
            if keyed is None:
                keyed = Holdings(ctx.language, ctx.root, ctx.flow, True).creates_keyed_instance(call.node)
            if not keyed or importer_alone(rel, language, head, project.manifests).is_client:
                return True
    return False


_MAX_IMPORTERS = 32
_METHOD_WORDS = "|".join(sorted(_INSTANCE_METHODS))


def _top_level(node: ts.Node) -> bool:
    return enclosing(node, FUNCTION_TYPES | {"class_body"}) is None


# The script blocks of HTML pages and Vue / Svelte components come with this rule: inline
# scripts are the browser code MK002 is about, and every ECMAScript rule runs on them.
CHECKERS = (Checker(CODE, LANGUAGES, PREFILTER, check),)
