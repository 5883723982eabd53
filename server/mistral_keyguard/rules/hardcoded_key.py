"""MK001 hardcoded-key: a key-shaped literal that reaches a place where the Mistral key is used.

The sinks are tree-sitter queries (`queries/<language>/hardcoded-key.scm`, each pattern tagged
with `#set! sink`); the filters below say what a query cannot: whether a callee is a Mistral
client (imports and aliases), whether a name is Mistral-ish, and which literals flow into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import compress
from operator import attrgetter
from typing import Callable, Iterator, Mapping

import tree_sitter as ts

from mistral_keyguard import keyshape, queries
from mistral_keyguard.dataflow import Binding, ValueFlow, name_of, node_text, last_segment
from mistral_keyguard.finding import Finding, Position, RelatedLocation, Span
from mistral_keyguard.project import KEY_PARAMETER, KEY_PARAMETER_MARK, MISTRAL_ENDPOINT, MISTRAL_MODEL, ModuleFact
from mistral_keyguard.prefilter import holds_key, is_generated, mentions_mistral
from mistral_keyguard.languages import ECMA_LANGUAGES, parser
from mistral_keyguard.rules.checker import Checker
from mistral_keyguard.rules.public_env_key import DEFINE_PREFIX, SHIPPED_SECTIONS
from mistral_keyguard.sinks import FUNCTION_TYPES, call_args, enclosing, log_calls, unwrap

CODE = "MK001"
LANGUAGES = frozenset({"python", "javascript", "typescript", "tsx"})

# Client classes and factories of mistralai, LangChain, LlamaIndex and the Vercel AI SDK.
CLIENT_NAMES = frozenset({
    "Mistral", "MistralClient", "MistralAsyncClient", "ChatMistralAI", "MistralAIEmbeddings",
    "MistralAI", "MistralAIEmbedding", "createMistral", "MistralGoogleCloud", "MistralAzure",
    # Haystack's Mistral integration (its key comes wrapped: `Secret.from_token(…)`).
    "MistralChatGenerator", "MistralTextEmbedder", "MistralDocumentEmbedder", "MistralOCRDocumentConverter",
    # pydantic-ai's provider and (older) model, Agno's model, Semantic Kernel's connectors.
    "MistralProvider", "MistralModel", "MistralChat", "MistralAIChatCompletion", "MistralAITextEmbedding",
})
# Keys of a client's options object that hold the API key.
CLIENT_KEY_FIELDS = frozenset({"api_key", "mistral_api_key", "apiKey", "mistralApiKey", "apiToken",
                               "openai_api_key"})
# Names that say "a credential" without naming a vendor; they count only in a Mistral file.
_GENERIC_KEY_NAME = re.compile(r"(?i)(^|[_.\-]|(?<=[a-z]))(api_?key|key|token|secret|auth|bearer|credential)s?$")
_MISTRAL_NAME = re.compile(r"(?i)mistral")
# Names that hold identifiers, not credentials: `MISTRAL_AGENT_ID`, `mistral_batch_checksum`.
_IDENTIFIER_NAME = re.compile(
    r"(?i)(^|[_.\-]|(?<=[a-z]))(id|ids|model|models|hash|checksum|digest|sha|md5|version|agent|job|batch|"
    r"file|collection|library|deployment|uuid|url|endpoint|name|org|workspace|project|region)$")
# Text, not a name: a sentence or a path (`"Mistral API key"` as a prompt's label).
_NOT_A_VARIABLE = re.compile(r"\s|/")
_OTHER_VENDOR = re.compile(r"(?i)openai|anthropic|claude|cohere|groq|gemini|google|azure_openai|hf_|huggingface|session|cookie|jwt|csrf|stripe|github")
_KEY_TOKEN = keyshape.EMBEDDED_BYTES
_ALNUM_RUN = re.compile(rb"[A-Za-z0-9]{32}")  # what any key-shaped token contains, whatever is around it
# Another provider's client class or module: its key is not Mistral's.
_OTHER_PROVIDER_CLIENT = re.compile(
    r"(?i)openai|anthropic|cohere|groq|together|ollama|openrouter|gemini|genai|replicate|fireworks|"
    r"perplexity|deepseek|voyage|tavily|pinecone|huggingface|InferenceClient")
_URL_HOST = re.compile(r"https?://([^/\s'\"`?#]+)")
_MISTRAL_HOST = re.compile(r"(?i)(^|\.)mistral\.ai$")
_MAX_CALL_HOPS = 6
_BINDING_TYPES = frozenset({"assignment", "variable_declarator", "assignment_expression"})
_MAX_SCOPE_NODES = 4000  # nodes of a function looked through for the call a headers name is given to
# Options naming the model, where litellm's `mistral/` prefix sends the key to Mistral
# (smolagents' `LiteLLMModel(model_id="mistral/…")`).
_MODEL_FIELDS = ("model", "model_id")
# The environment's getters (the "env-default" sink covers their defaults).
_ENV_GETTER = re.compile(r"^(os\.)?(environ\.(setdefault|get)|getenv)$")
# Options that say where a client sends its requests, and the Mistral API's hosts.
_ENDPOINT_FIELDS = ("base_url", "baseURL", "baseUrl", "server_url", "serverURL", "endpoint", "api_base",
                    "openai_api_base")
# Sections of a wrapper's options that hold the wrapped client's (LangChain JS `configuration`).
_NESTED_CLIENT_OPTIONS = ("configuration", "clientOptions")
_ENDPOINT_HINT = re.compile(rb"(?i)(api|codestral)\.mistral\.ai|['\"`]mistral/")
_MISTRAL_ENDPOINT = re.compile(r"(?i)^https?://(api|codestral)\.mistral\.ai(/|$)")


def _used_sink(value: ts.Node, fact) -> Sink:
    point = Position(fact.line, fact.character, 0)
    related = RelatedLocation(Span(point, point), f"the key is used here: {fact.detail}", path=fact.path)
    return Sink(value, f"passed to a Mistral client in {fact.path}", True, related)


class _MistralOrKeyPrefilter:
    """Bytes that mention Mistral, or hold a token that passes the full key-shape check
    (32-character hex ids and hashes, common in any code base, do not wake the parser)."""

    def search(self, data: bytes) -> bool:
        # Generated code wakes the rule only with a key in it: there the analysis costs most.
        return mentions_mistral(data) and not is_generated(data) or holds_key(data)


PREFILTER = _MistralOrKeyPrefilter()


@dataclass(frozen=True)
class Sink:
    """Where a value is used as the key, in words for the diagnostic."""

    node: ts.Node
    describe: str
    # The place itself says "the Mistral key" (a Mistral client, a Mistral-named variable or env
    # variable): a digit-free key counts here (keyshape.is_key's `strong`).
    strong: bool = False
    # The use, when it sits in another file (the project view).
    related: RelatedLocation | None = None


_GENERIC_WORDS = frozenset({"api", "key", "keys", "token", "llm", "ai", "auth", "bearer", "access", "apikey"})


def _only_generic_words(name: str) -> bool:
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)
    return bool(words) and all(w.lower() in _GENERIC_WORDS for w in words)


def is_mistral_name(name: str) -> bool:
    return bool(_MISTRAL_NAME.search(name)) and not _OTHER_VENDOR.search(name)


def is_generic_key_name(name: str) -> bool:
    return bool(_GENERIC_KEY_NAME.search(name.strip("'\"`"))) and not _OTHER_VENDOR.search(name)


def client_aliases(language: str, root: ts.Node) -> set[str]:
    """Local names that refer to a Mistral client class or factory."""
    names = set(CLIENT_NAMES)
    for _, caps in queries.matches(language, "imports", root):
        for node in caps.get("alias", ()):
            names.add(node_text(node))
        for node in caps.get("default", ()):
            names.add(node_text(node))
    return names


def is_client_callee(callee: ts.Node, aliases: set[str]) -> bool:
    text = node_text(callee)
    return text in aliases or last_segment(text) in CLIENT_NAMES


def _enclosing(node: ts.Node, root: ts.Node | None) -> list[ts.Node]:
    """The nodes around `node`, nearest first. Each `.parent` walks down from the root (through
    every sibling on the way: thousands at the top of a bundle), so one descent from `root`
    finds them all at the price of one `.parent`."""
    chain: list[ts.Node] = []
    current = root
    while current is not None and current != node:
        chain.append(current)
        current = current.child_with_descendant(node)
    if root is None or current is None:  # not under `root`: walk up
        chain, current = [], node.parent
        while current is not None:
            chain.append(current)
            current = current.parent
        return chain
    return chain[::-1]


def binding_path(name_node: ts.Node, root: ts.Node | None = None) -> str:
    """The dotted path a binding lives at: class, variable and dict keys around it.

    `MISTRAL_CONFIG = {"api_key": ...}` gives `MISTRAL_CONFIG.api_key`; a field in
    `class MistralService` gives `MistralService.apiKey`. `root`, the tree's root, makes finding
    the enclosing nodes cheaper.
    """
    parts = [name_of(name_node)]
    enclosing_nodes = _enclosing(name_node, root)
    direct_parent = enclosing_nodes[0] if enclosing_nodes else None
    for node in enclosing_nodes:
        if node.type == "pair" or node.type == "keyword_argument":
            if node != direct_parent:
                key = node.child_by_field_name("key") or node.child_by_field_name("name")
                if key is not None:
                    parts.append(name_of(key))
        elif node.type in ("assignment", "variable_declarator", "assignment_expression"):
            target = node.child_by_field_name("left") or node.child_by_field_name("name")
            if target is not None and target != name_node:
                parts.append(node_text(target))
            type_node = node.child_by_field_name("type")
            if type_node is not None and is_mistral_name(node_text(type_node)):
                parts.append(node_text(type_node).lstrip(": "))
        elif node.type in ("class_definition", "class_declaration", "class"):
            name = node.child_by_field_name("name")
            if name is not None:
                parts.append(node_text(name))
        elif node.type in ("call", "call_expression", "new_expression"):
            callee = node.child_by_field_name("function") or node.child_by_field_name("constructor")
            name = dotted_name(callee)
            if name is not None:
                parts.append(name)
    return ".".join(reversed(parts))


_NAME_PARTS = frozenset({"identifier", "property_identifier", "this", "self", "super",
                         "attribute", "member_expression"})
_CHAIN_TYPES = frozenset({"attribute", "member_expression", "subscript", "subscript_expression"})
_MAX_NAME_PARTS = 16
_MAX_NAME_BYTES = 256  # a subscript's index can hold any expression


def dotted_name(node: ts.Node | None) -> str | None:
    """`Mistral`, `langchain.ChatMistralAI`, `this.client`: a callee made only of names, else None.

    An immediately invoked function `(()=>{…})()` is a callee too, and in a bundle its text is the
    whole file: only name chains say what is being called."""
    current, steps = node, 0
    while current is not None and current.type in _CHAIN_TYPES and steps < _MAX_NAME_PARTS:
        current = current.child_by_field_name("object") or current.child_by_field_name("value")
        steps += 1
    if node is None or current is None or current.type not in _NAME_PARTS or steps >= _MAX_NAME_PARTS \
            or node.end_byte - node.start_byte > _MAX_NAME_BYTES:
        return None
    return node_text(node)


_FIELD_FACTORIES = frozenset({"Field", "field", "attr.ib", "attrib"})


def _field_default(value: ts.Node) -> ts.Node:
    """The default of a declared field (`mistral_api_key: str = Field("…")`, pydantic's
    `Field(default="…")`, a dataclass `field(default="…")`), else the value itself."""
    fn = value.child_by_field_name("function") if value.type == "call" else None
    args = value.child_by_field_name("arguments") if fn is not None else None
    if args is None or node_text(fn) not in _FIELD_FACTORIES:
        return value
    for arg in args.named_children:
        if arg.type == "keyword_argument" and node_text(arg.child_by_field_name("name")) == "default":
            return arg.child_by_field_name("value") or value
    first = next((a for a in args.named_children if a.type not in ("comment", "keyword_argument")), None)
    return first if first is not None else value


def _pool_items(value: ts.Node) -> list[ts.Node]:
    """A value used as the key, or each item of a pool of keys (`KEYS = ["…",  # workspace A …]`)."""
    if value.type in ("list", "tuple", "array", "set"):
        return [item for item in value.named_children[:16] if item.type != "comment"]
    return [value]


def _positional_model(args: ts.Node) -> list[tuple[str, ts.Node]]:
    """A model id given first and unnamed, as DSPy takes it: `dspy.LM("mistral/…", api_key=…)`."""
    first = next((a for a in args.named_children if a.type != "comment"), None)
    return [("model", first)] if first is not None and first.type == "string" else []


class HardcodedKey:
    """One file's MK001 analysis."""

    def __init__(self, language: str, root: ts.Node, flow: ValueFlow, mentions_mistral: bool,
                 uses: Mapping[str, ModuleFact] | None = None,
                 on_value: Callable[[Sink, ts.Node], None] | None = None,
                 targets: Mapping[str, ModuleFact] | None = None):
        self.language = language
        self.root = root
        self.flow = flow
        self.mentions_mistral = mentions_mistral
        self.aliases = client_aliases(language, root)
        self.uses = uses or {}  # top-level names other modules pass to a Mistral client as the key
        self.on_value = on_value  # sees each value used as the key, before it is resolved
        # Imported constants naming where a client sends its key: a Mistral URL or `mistral/` model.
        self.targets = {name: fact.kind for name, fact in (targets or {}).items()
                        if fact.kind in (MISTRAL_ENDPOINT, MISTRAL_MODEL)}
        # Imported functions that send a parameter to Mistral as the key: name -> "<position>:<name>".
        self.key_parameters = {name[:-len(KEY_PARAMETER_MARK)]: fact.detail for name, fact in (targets or {}).items()
                               if fact.kind == KEY_PARAMETER and name.endswith(KEY_PARAMETER_MARK)}
        self._client_callees: dict[bytes | None, bool] = {}  # callee text -> a Mistral client by name

    def sinks(self) -> Iterator[tuple[Sink, ts.Node]]:
        """(sink, literal) pairs: each literal that may flow into a place where the key is used."""
        handlers = {}  # pattern index -> its sink's method (a bundle has one match per call)
        client_arg = self._sink_client_arg
        for index, caps in queries.matches(self.language, "hardcoded-key", self.root):
            handler = handlers.get(index)
            if handler is None:
                kind = queries.settings(self.language, "hardcoded-key", index).get("sink")
                handler = handlers[index] = getattr(self, "_sink_" + str(kind).replace("-", "_"))
            if handler == client_arg and not self._is_client_call(caps["callee"][0]):
                continue  # every call with an argument matches: most are not a client's
            yield from handler(caps)
        yield from self._named_bindings()
        yield from self._used_elsewhere()
        if self.key_parameters:
            yield from self._key_arguments()
        if self.mentions_mistral:
            yield from self._printed_literals()
            yield from self._header_strings()
        if self._names_mistral_endpoint:
            yield from self._option_dicts()
            yield from self._endpoint_siblings()

    def _literals(self, sink: Sink, value: ts.Node | None) -> Iterator[tuple[Sink, ts.Node]]:
        if self.on_value is not None and value is not None:
            self.on_value(sink, value)
        for leaf in self.flow.resolve(value):
            yield sink, leaf

    def _is_client_call(self, callee: ts.Node) -> bool:
        """A Mistral client by name, or any client whose options send the key to Mistral."""
        by_name = self._client_callees.get(callee.text)  # a bundle calls the same few names again and again
        if by_name is None:
            by_name = self._client_callees[callee.text] = is_client_callee(callee, self.aliases)
        # `_names_mistral_endpoint` first: asking a node for its parent walks down from the root.
        return by_name or self._names_mistral_endpoint and self._targets_mistral(callee.parent)

    def _targets_mistral(self, call: ts.Node | None) -> bool:
        """`OpenAI(base_url="https://api.mistral.ai/v1")`, `new OpenAI({ baseURL: MISTRAL_BASE })`,
        litellm's `completion(model="mistral/…")`: the key goes to Mistral whatever the class."""
        args = call.child_by_field_name("arguments") if call is not None else None
        if args is None or not self._names_mistral_endpoint:
            return False
        options: list[tuple[str, ts.Node]] = _positional_model(args)
        for arg in args.named_children:
            if arg.type == "keyword_argument":
                name, value = arg.child_by_field_name("name"), arg.child_by_field_name("value")
                if name is not None and value is not None:
                    options.append((node_text(name), value))
            elif arg.type == "object" or arg.type == "identifier":
                for container in self.flow.containers(arg):
                    options += [(field, value) for field in _ENDPOINT_FIELDS + ("model",)
                                if (value := self.flow.member_value(container, field)) is not None]
                    options += self._nested_endpoints(container)
        return self._options_target_mistral(options)

    def _nested_endpoints(self, container: ts.Node) -> list[tuple[str, ts.Node]]:
        """LangChain's `new ChatOpenAI({ apiKey, configuration: { baseURL } })`: the endpoint sits
        in the options of the client it wraps."""
        out: list[tuple[str, ts.Node]] = []
        for section in _NESTED_CLIENT_OPTIONS:
            value = self.flow.member_value(container, section)
            for inner in self.flow.containers(value) if value is not None else ():
                out += [(field, v) for field in _ENDPOINT_FIELDS if (v := self.flow.member_value(inner, field)) is not None]
        return out

    def _options_target_mistral(self, options: list[tuple[str, ts.Node]]) -> bool:
        for field, value in options:
            imported = self.targets.get(node_text(value)) if self.targets else None
            if imported == MISTRAL_MODEL and field in _MODEL_FIELDS or \
                    imported == MISTRAL_ENDPOINT and field in _ENDPOINT_FIELDS:
                return True
            for leaf in self.flow.resolve(value):  # literals, or constants that hold them
                text = self.flow.static_string(leaf) or ""
                if field in _ENDPOINT_FIELDS and _MISTRAL_ENDPOINT.match(text):
                    return True
                if field in _MODEL_FIELDS and text.startswith("mistral/"):  # litellm's provider prefix
                    return True
        return False

    def _option_dicts(self) -> Iterator[tuple[Sink, ts.Node]]:
        """Option dicts handed over whole: litellm's `{"model": "mistral/…", "api_key": …}` in a
        Router's model list, `{ baseURL: "https://api.mistral.ai/v1", apiKey }` kept for later."""
        stack = [self.root]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type not in ("dictionary", "object"):
                continue
            fields = {}
            for pair in node.named_children:
                key = pair.child_by_field_name("key")
                value = pair.child_by_field_name("value")
                if pair.type == "pair" and key is not None and value is not None:
                    fields[name_of(key)] = value
            if not any(f in fields for f in CLIENT_KEY_FIELDS):
                continue
            options = [(f, v) for f, v in fields.items() if f in _ENDPOINT_FIELDS or f == "model"]
            options += self._nested_endpoints(node)
            if self._options_target_mistral(options):
                for field in CLIENT_KEY_FIELDS:
                    if field in fields:
                        yield from self._literals(Sink(fields[field], "in options that send it to Mistral", True),
                                                  fields[field])

    def _endpoint_siblings(self) -> Iterator[tuple[Sink, ts.Node]]:
        """`class DevConfig: LLM_KEY = "…"; LLM_BASE_URL = "https://api.mistral.ai/v1"`: a key kept
        beside a Mistral endpoint of the same prefix (in a config class, a dict, an object) is what
        the code that reads the pair (`OpenAI(api_key=…["LLM_KEY"], base_url=…["LLM_BASE_URL"])`,
        often in another module) sends there. A key of another prefix (`SECRET_KEY`) is not."""
        names = {binding.name for binding in self.flow.bindings}  # minified code binds the same few names
        if not any(map(_ENDPOINT_NAME.match, names)):
            return
        endpoints: dict[tuple[int, str], Binding] = {}
        keys: list[tuple[Binding, str]] = []
        for binding in self.flow.bindings:
            endpoint, key = _ENDPOINT_NAME.match(binding.name), _PREFIXED_KEY_NAME.match(binding.name)
            if endpoint and _MISTRAL_ENDPOINT.match(self.flow.static_string(binding.value) or ""):
                endpoints.setdefault((_holder(binding.name_node), endpoint.group(1).lower()), binding)
            elif key and not _OTHER_VENDOR.search(binding.name) and binding.value.type in ("string", "template_string"):
                keys.append((binding, key.group(1).lower()))
        prefixes = {prefix for _holder_id, prefix in endpoints}
        for binding, prefix in keys:
            endpoint = endpoints.get((_holder(binding.name_node), prefix)) if prefix in prefixes else None
            if endpoint is not None:  # the endpoint as the sink: the finding relates it
                yield from self._literals(Sink(endpoint.value, f"kept beside the Mistral endpoint {endpoint.name}"),
                                          binding.value)

    @cached_property
    def _names_mistral_endpoint(self) -> bool:
        """The file spells a Mistral host or a litellm `mistral/` model: calls are worth a look."""
        return bool(self.targets) or bool(_ENDPOINT_HINT.search(self.root.text or b""))

    def _sink_client(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        callee = caps["callee"][0]
        if self._is_client_call(callee):
            kw = node_text(caps["value"][0].prev_named_sibling) if caps["value"][0].prev_named_sibling else "api_key"
            yield from self._literals(Sink(caps["value"][0], f"passed to {node_text(callee)}({kw}=…)", True),
                                      caps["value"][0])

    def _sink_client_positional(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        callee = caps["callee"][0]
        value = caps["value"][0]
        if value.type == "keyword_argument" or not is_client_callee(callee, self.aliases):
            return
        yield from self._literals(Sink(value, f"passed to {node_text(callee)}(…)", True), value)

    def _sink_client_splat(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        callee = caps["callee"][0]
        if not is_client_callee(callee, self.aliases):
            return
        for container in self.flow.containers(caps["splat"][0]):
            for field in CLIENT_KEY_FIELDS:
                value = self.flow.member_value(container, field)
                if value is not None:
                    sink = Sink(caps["splat"][0], f"passed to {node_text(callee)}(**{node_text(caps['splat'][0])})", True)
                    yield from self._literals(sink, value)

    def _sink_client_arg(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        """JS/TS: `new Mistral({ apiKey })`, `createMistral(opts)`, legacy `new MistralClient(key)`."""
        callee = caps["callee"][0]
        if not self._is_client_call(callee):
            return
        arg = caps["value"][0]
        containers = self.flow.containers(arg)
        where = f"passed to {node_text(callee)}(…)"
        if not containers:
            yield from self._literals(Sink(arg, where, True), arg)
        for container in containers:
            for field in CLIENT_KEY_FIELDS:
                value = self.flow.member_value(container, field)
                if value is not None:
                    yield from self._literals(Sink(value, f"passed to {node_text(callee)}({{ {field} }})", True), value)

    def _env_name_counts(self, env_name: str) -> bool:
        # A generic env name counts only when every word of it is generic (`API_KEY`, `LLM_TOKEN`):
        # `SECRET_KEY`, `TAVILY_API_KEY` or `INTERNAL_API_TOKEN` name other secrets.
        return is_mistral_name(env_name) or (self.mentions_mistral and is_generic_key_name(env_name)
                                             and _only_generic_words(env_name))

    def _sink_env_write(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        name = name_of(caps["env_name"][0])
        if self._env_name_counts(name):
            yield from self._literals(Sink(caps["value"][0], f"written to the environment as {name}", is_mistral_name(name)),
                                      caps["value"][0])

    def _sink_env_default(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        name = name_of(caps["env_name"][0])
        if self._env_name_counts(name) and (is_mistral_name(name) or not self._feeds_other_provider(caps["value"][0])):
            yield from self._literals(Sink(caps["value"][0], f"used as the default of {name}", is_mistral_name(name)),
                                      caps["value"][0])

    def _sink_lookup_default(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        """A config lookup's default (`Variable.get("mistral_api_key", default_var=…)`): as for the
        environment, but only for an entry named like a key (a dict's `.get("agent_id", …)` is not)."""
        if _ENV_GETTER.match(node_text(caps["_fn"][0])) or _IDENTIFIER_NAME.search(name_of(caps["env_name"][0])):
            return
        yield from self._sink_env_default(caps)

    def _sink_named_default(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        """The default of any lookup whose first argument names the Mistral key (`get_env(
        "MISTRAL_API_KEY", "<key>")`, `config.get("mistral.apiKey") || "<key>"`): whatever the
        helper, a default there is the key the code falls back to."""
        name = name_of(caps["env_name"][0])
        if is_mistral_name(name) and is_generic_key_name(name) and not _IDENTIFIER_NAME.search(name) \
                and not _NOT_A_VARIABLE.search(name):
            yield from self._literals(Sink(caps["value"][0], f"used as the default of {name}", True), caps["value"][0])

    def _sink_env_name_slip(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        node = caps["env_name"][0]
        yield Sink(node, "pasted where the environment variable's name belongs"), node

    def _sink_header(self, caps) -> Iterator[tuple[Sink, ts.Node]]:
        value = caps["value"][0]
        if self.mentions_mistral and not self._sent_elsewhere(value):
            # A header of a request (or client) that names a Mistral host says what the key is.
            to_mistral = self._names_mistral_endpoint and (self._carrying_hosts(value, _MISTRAL_HOST.search)
                                                           or self._bound_then_sent(value))
            yield from self._literals(Sink(value, "sent in an Authorization header", to_mistral), value)

    # -- another provider's key in a file that also talks to Mistral -------------------------

    def _sent_elsewhere(self, node: ts.Node) -> bool:
        """`requests.post("https://openrouter.ai/…", headers={"Authorization": …})`: the call that
        carries `node` names another host and no Mistral one."""
        return self._carrying_hosts(node, lambda host: not _MISTRAL_HOST.search(host))

    def _bound_then_sent(self, node: ts.Node) -> bool:
        """`headers = {"Authorization": …}` then `httpx.post(MISTRAL_URL, headers=headers)` in the same
        function: the dict holding `node` is bound to a name that a call naming a Mistral host is given."""
        holder = node.parent
        for _ in range(_MAX_CALL_HOPS):
            if holder is None or holder.type in _BINDING_TYPES:
                break
            holder = holder.parent
        target = (holder.child_by_field_name("left") or holder.child_by_field_name("name")) if holder is not None else None
        if target is None or target.type != "identifier":
            return False
        scope = enclosing(holder, FUNCTION_TYPES) or self.root
        name, stack, seen = target.text, [scope], 0
        while stack and seen < _MAX_SCOPE_NODES:
            current, seen = stack.pop(), seen + 1
            if current.type == "identifier" and current.text == name and current != target and \
                    self._carrying_hosts(current, _MISTRAL_HOST.search):
                return True
            stack.extend(current.named_children)
        return False

    def _carrying_hosts(self, node: ts.Node, each: Callable[[str], object]) -> bool:
        """The call that carries `node` names hosts, and `each` holds for every one of them."""
        call = node.parent
        for _ in range(_MAX_CALL_HOPS):
            if call is None or call.type in ("call", "call_expression", "new_expression"):
                break
            call = call.parent
        args = call.child_by_field_name("arguments") if call is not None else None
        if args is None:
            return False
        hosts = [m.group(1) for arg in args.named_children for leaf in self._argument_strings(arg)
                 for m in _URL_HOST.finditer(self.flow.static_string(leaf) or "")]
        return bool(hosts) and all(map(each, hosts))

    def _argument_strings(self, arg: ts.Node) -> list[ts.Node]:
        """The URL-bearing strings of one argument: a literal, a constant, a keyword's value."""
        if arg.type == "keyword_argument":
            arg = arg.child_by_field_name("value") or arg
        if arg.type not in ("string", "template_string", "identifier", "binary_operator", "binary_expression"):
            return []
        return self.flow.resolve(arg)

    def _feeds_other_provider(self, value: ts.Node) -> bool:
        """`FALLBACK = os.getenv("API_KEY", "<key>")` whose name is then passed only to another
        provider's client (`Groq(api_key=FALLBACK)`): a generic key that is not Mistral's."""
        binding = next((b for b in self.flow.bindings
                        if b.value.start_byte <= value.start_byte and value.end_byte <= b.value.end_byte), None)
        if binding is None:
            return False
        callees = self._callees_given(binding.name)
        return bool(callees) and all(_OTHER_PROVIDER_CLIENT.search(c) and not _MISTRAL_NAME.search(c)
                                     for c in callees)

    def _callees_given(self, name: str) -> list[str]:
        """Callees of the calls that take `name` as an argument (or a keyword's value)."""
        out = []
        for call in self._calls:
            args = call.child_by_field_name("arguments")
            for arg in args.named_children if args is not None else ():
                value = arg.child_by_field_name("value") if arg.type == "keyword_argument" else arg
                if value is not None and value.type == "identifier" and node_text(value) == name:
                    callee = call.child_by_field_name("function") or call.child_by_field_name("constructor")
                    out.append(node_text(callee) if callee is not None else "")
        return out

    @cached_property
    def _calls(self) -> list[ts.Node]:
        out, stack = [], [self.root]
        while stack:
            node = stack.pop()
            if node.type in ("call", "call_expression", "new_expression"):
                out.append(node)
            stack.extend(node.named_children)
        return out

    def _named_bindings(self) -> Iterator[tuple[Sink, ts.Node]]:
        """`MISTRAL_API_KEY = "…"`, `mistralKey`, `{"mistral_api_key": …}`, class attributes."""
        # The name first, once per name (minified code binds the same few names thousands of
        # times), and picked out with C-level iterators: the path walks up the tree, which only
        # key-like names deserve.
        bindings = self.flow.bindings
        names = list(map(attrgetter("name"), bindings))
        key_like = {name for name in set(names) if not _IDENTIFIER_NAME.search(name) and (
            is_generic_key_name(name) or is_mistral_name(name))}
        for binding in compress(bindings, map(key_like.__contains__, names)):
            path = binding_path(binding.name_node, self.root)
            if is_mistral_name(path):
                sink = Sink(binding.value, f"assigned to {keyshape.redact_text(path)}", is_mistral_name(binding.name))
                if self.on_value is not None:  # `{"MISTRAL_API_KEY": prod.BOT_SECRET}`: a name of another module
                    self.on_value(sink, binding.value)
                for value in _pool_items(_field_default(binding.value)):  # `MISTRAL_KEYS = ["…", "…"]`: each one
                    yield sink, value


    def _used_elsewhere(self) -> Iterator[tuple[Sink, ts.Node]]:
        """`API_TOKEN = "…"` here, `MistralAI(api_key=API_TOKEN)` in a module that imports it."""
        if not self.uses:
            return
        renamed = _renamed_exports(self.root) if self.language in ECMA_LANGUAGES else {}
        uses = {**self._instance_uses(), **self.uses}
        for binding in self.flow.bindings:
            if binding.name_node.parent is None:
                continue
            owner = "" if _module_level(binding.name_node) else _top_level_class(binding.name_node)
            if owner is None:
                continue
            # `window.APP_CONFIG = {…}` of a classic script: read as `APP_CONFIG` by a script of its page;
            # `module.exports.TOKEN = "…"` (`exports.TOKEN`): a CommonJS named export, `TOKEN` to a
            # `require()` that destructures it or reads it off the module object.
            name = _EXPORTED_PREFIX.sub("", binding.name) if self.language in ECMA_LANGUAGES else binding.name
            names = (name, "default." + name) if _COMMONJS_EXPORT.match(binding.name) else (name,)
            if owner == "" and name in renamed:  # `export { SECRET as LLM_TOKEN }`
                names += tuple(renamed[name])
            fact = uses.get(owner + binding.name) or next(filter(None, map(self.uses.get, names)), None)
            exported_value = _exported_value(binding.value)
            if fact is not None:
                sink = _used_sink(binding.value, fact)
                for value in _pool_items(exported_value):
                    yield from self._resolved(sink, value)
            elif exported_value.type in ("object", "dictionary"):  # `CONFIG = {"token": …}`, read as `CONFIG["token"]`
                exported = ("default",) if binding.name in ("module.exports", "exports") else names
                for prefix in exported:
                    yield from self._fields_used_elsewhere(prefix, exported_value)
            elif binding.value.type in _FACTORY_TYPES and binding.name in ("module.exports", "exports"):
                yield from self._factory_fields_used_elsewhere(binding.value)
        for child in self.root.named_children:  # `export default { token: "…" }`, read as `cfg.token`
            value = child.child_by_field_name("value") if child.type == "export_statement" else None
            if value is not None and value.type == "object":
                yield from self._fields_used_elsewhere("default", value)
            yield from self._getters_used_elsewhere(child)

    def _instance_uses(self) -> dict[str, ModuleFact]:
        """Uses of an instance's field made here (`settings = Settings()`, `def get_settings(): return
        Settings()`), read elsewhere as `settings.llm_token`: under the class's name, `Settings.llm_token`,
        whose field default is what the instance holds."""
        made: dict[str, str] = {}
        for statement in self.root.named_children:
            for name, body in _top_level_function(statement):
                made.update({name: cls for value in _returned(body)[:_MAX_FIELD_DEPTH] if (cls := _made_class(value))})
        for binding in self.flow.bindings:
            cls = _made_class(binding.value) if "." not in binding.name and _module_level(binding.name_node) else None
            if cls is not None:
                made[binding.name] = cls
        out = {}
        for used, fact in self.uses.items():
            owner, _, field = used.partition(".")
            if owner in made and field and "." not in field:
                out[f"{made[owner]}.{field}"] = out[f"{made[owner]}#{field}"] = fact
        return out

    def _getters_used_elsewhere(self, statement: ts.Node) -> Iterator[tuple[Sink, ts.Node]]:
        """`def get_token(): return "…"` (`export const getToken = () => "…"`) here, its call given to a
        Mistral client in a module that imports it: what it returns is the key."""
        for name, body in _top_level_function(statement):
            fact = self.uses.get(name)
            if fact is not None:
                for value in _returned(body)[:_MAX_FIELD_DEPTH]:
                    yield from self._resolved(_used_sink(value, fact), value)
        if any(k.startswith(DEFINE_PREFIX) for k in self.uses):
            yield from self._shipped_fields_used()

    def _resolved(self, sink: Sink, value: ts.Node) -> Iterator[tuple[Sink, ts.Node]]:
        """The literals a value another module sends as the key may hold: the value itself, or the
        fallback of an env read (`process.env.LLM_TOKEN || "…"`, `os.getenv("T", "…")`)."""
        leaves = self.flow.resolve(value)
        yield from ((sink, leaf) for leaf in leaves) if leaves else ((sink, value),)

    def _key_arguments(self) -> Iterator[tuple[Sink, ts.Node]]:
        """`createClient(TOKEN)`, `make_client(api_key="…")`: the argument an imported function
        sends to Mistral as the key (`KEY_PARAMETER`), by position or by keyword."""
        stack = [self.root]
        while stack:
            node = stack.pop()
            stack.extend(node.named_children)
            if node.type not in ("call", "call_expression", "new_expression"):
                continue
            callee = node.child_by_field_name("function") or node.child_by_field_name("constructor")
            detail = self.key_parameters.get(node_text(callee)) if callee is not None else None
            args = node.child_by_field_name("arguments") if detail is not None else None
            if args is None:
                continue
            position, _, param = detail.partition(":")
            positional = [a for a in args.named_children if a.type not in ("comment", "keyword_argument", "spread_element")]
            named = [a.child_by_field_name("value") for a in args.named_children if a.type == "keyword_argument"
                     and node_text(a.child_by_field_name("name")) == param]
            index = int(position) if position.isdigit() else len(positional)  # a cached detail is data, not code
            arg = named[0] if named else positional[index] if index < len(positional) else None
            if arg is not None:
                sink = Sink(arg, f"passed to {node_text(callee)}(…), which sends it to Mistral as the key", True)
                yield from self._literals(sink, arg)

    def _shipped_fields_used(self) -> Iterator[tuple[Sink, ts.Node]]:
        """`customFields: { assistantKey: "…" }` of a Docusaurus config, `env: { chatToken: "…" }` of
        a Stencil one: fields the framework hands browser code, which a module sends to Mistral as
        the key (`define:NAME` uses: only a config that `may_define_globals` is given them)."""
        stack, seen = [self.root], 0
        while stack and seen < _MAX_SHIPPED_NODES:
            node, seen = stack.pop(), seen + 1
            key, value = node.child_by_field_name("key"), node.child_by_field_name("value")
            if node.type == "pair" and key is not None and value is not None and value.type == "object" \
                    and name_of(key) in SHIPPED_SECTIONS:
                for pair in value.named_children:
                    field, literal = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                    fact = self.uses.get(DEFINE_PREFIX + name_of(field)) if pair.type == "pair" and field else None
                    if fact is not None and literal is not None:
                        yield _used_sink(literal, fact), literal
                continue
            stack.extend(node.named_children)

    def _fields_used_elsewhere(self, name: str, obj: ts.Node, depth: int = 0) -> Iterator[tuple[Sink, ts.Node]]:
        """`export const environment = { apiToken: "…" }` here, `environment.apiToken` sent to
        Mistral as the key in a module that imports it (nested objects too: `config.APP.token`)."""
        for pair in obj.named_children:
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type == "shorthand_property_identifier":  # `export default { KEY }`: the binding's value
                key = value = pair
            if pair.type not in ("pair", "shorthand_property_identifier") or key is None or value is None:
                continue
            dotted = f"{name}.{name_of(key)}"
            fact = self.uses.get(dotted)
            if fact is not None:
                yield from self._resolved(_used_sink(value, fact), value)
            elif value.type in ("object", "dictionary") and depth < _MAX_FIELD_DEPTH and \
                    any(k.startswith(dotted + ".") for k in self.uses):
                yield from self._fields_used_elsewhere(dotted, value, depth + 1)

    def _factory_fields_used_elsewhere(self, factory: ts.Node) -> Iterator[tuple[Sink, ts.Node]]:
        """`module.exports = function (environment) { const ENV = {…}; return ENV; }` (an Ember
        app's `config/environment.js`): what the module gives its importers is what the function
        returns, `config.APP.token` a field of it."""
        if not any(k.startswith("default.") for k in self.uses):
            return
        body = factory.child_by_field_name("body")
        for value in _returned(body) if body is not None else ():
            for obj in self.flow.containers(value)[:_MAX_FIELD_DEPTH]:
                yield from self._fields_used_elsewhere("default", obj)

    def _printed_literals(self) -> Iterator[tuple[Sink, ts.Node]]:
        """`print("curl … -H 'Authorization: Bearer <key>'")`: a key literal written to the output
        of code that talks to Mistral (MK005 reports the same line for the output)."""
        for call in log_calls(self.language, self.root, "key-logging"):
            sink = Sink(call, f"written to the output by {node_text(call.child_by_field_name('function'))}(…)")
            for arg in call_args(call):
                for leaf in _string_literals(arg):
                    # a key it could hold is 32 letters and digits in a row in its text
                    if _ALNUM_RUN.search(leaf.text or b"") and not names_other_host(leaf):
                        yield sink, leaf

    def _header_strings(self) -> Iterator[tuple[Sink, ts.Node]]:
        """A header line or curl command spelled out in a string: `"Authorization: Bearer <key>"`."""
        if not _BEARER_TEXT.search(self.root.text or b""):
            return
        for leaf in _string_literals(self.root, into_functions=True):
            if _BEARER_TEXT.search(leaf.text or b"") and not names_other_host(leaf) and \
                    not self._sent_elsewhere(leaf):
                yield Sink(leaf, "written into an Authorization header"), leaf


# `Bearer <key>`, `Authorization: <key>`, `x-api-key: <key>` spelled out inside a string.
_BEARER_TEXT = re.compile(rb"(?i)(\bBearer\s+|\b(authorization|x-api-key|api-key)\s*[:=]\s*)[A-Za-z0-9]{32}(?![A-Za-z0-9])")
_STRING_NODES = frozenset({"string", "template_string"})


# A field naming an endpoint and one naming a key, each after a prefix they share (`LLM_BASE_URL`,
# `LLM_KEY`; `embed_endpoint`, `embed_token`; `base_url`, `api_key` share the empty one).
_ENDPOINT_NAME = re.compile(r"(?i)^(\w*?)_?(base_?url|api_?base|api_?url|endpoint|server_?url)$")
_PREFIXED_KEY_NAME = re.compile(r"(?i)^(\w*?)_?(?:api_?)?(key|token)$")


def _holder(name_node: ts.Node) -> int:
    """The node a field sits in, by id: a class body, a dict or object, the module (two fields of
    one holder are siblings)."""
    parent = name_node.parent
    for _ in range(3):  # name -> assignment/pair -> statement -> body
        if parent is None or parent.type in ("block", "class_body", "dictionary", "object", "module", "program"):
            break
        parent = parent.parent
    return parent.id if parent is not None else 0


_FACTORY_TYPES = frozenset({"function_expression", "arrow_function", "function"})
_MAX_FIELD_DEPTH = 3
_MAX_SHIPPED_NODES = 4000  # nodes of a config walked for its shipped sections


def _made_class(value: ts.Node) -> str | None:
    """`Settings` for `Settings()` / `new Settings()` (an instance made with no arguments: its fields
    keep their defaults)."""
    value = unwrap(value)
    callee = value.child_by_field_name("function") or value.child_by_field_name("constructor") \
        if value.type in ("call", "new_expression", "call_expression") else None
    args = value.child_by_field_name("arguments") if callee is not None else None
    if callee is None or callee.type != "identifier" or args is None or args.named_children:
        return None
    return node_text(callee)


def _top_level_function(statement: ts.Node) -> list[tuple[str, ts.Node]]:
    """(name, body) of the function a top-level statement defines: a declaration (exported or
    not) or an arrow function or function expression bound to a name."""
    node = statement
    if node.type in ("export_statement", "decorated_definition"):
        node = node.child_by_field_name("declaration") or node.child_by_field_name("definition") or node
    if node.type in ("function_definition", "function_declaration"):
        name, body = node.child_by_field_name("name"), node.child_by_field_name("body")
        return [(node_text(name), body)] if name is not None and body is not None else []
    out = []
    for declarator in node.named_children if node.type in ("lexical_declaration", "variable_declaration") else ():
        name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
        body = value.child_by_field_name("body") if value is not None and value.type in _FACTORY_TYPES else None
        if name is not None and body is not None:
            out.append((node_text(name), body))
    return out


def _returned(body: ts.Node) -> list[ts.Node]:
    """What a function body returns (an arrow's expression body is its value), nested functions
    left out."""
    if body.type not in ("statement_block", "block"):
        return [body]
    out, stack = [], [body]
    while stack:
        node = stack.pop()
        if node.type == "return_statement" and node.named_children:
            out.append(node.named_children[0])
        elif node.type not in FUNCTION_TYPES:
            stack.extend(node.named_children)
    return out


def _renamed_exports(root: ts.Node) -> dict[str, list[str]]:
    """`export { SECRET as LLM_TOKEN }` (no `from`): the names importers use, by local name."""
    out: dict[str, list[str]] = {}
    for statement in root.named_children:
        if statement.type != "export_statement" or statement.child_by_field_name("source") is not None:
            continue
        for clause in statement.named_children:
            for specifier in clause.named_children if clause.type == "export_clause" else ():
                local, alias = specifier.child_by_field_name("name"), specifier.child_by_field_name("alias")
                if specifier.type == "export_specifier" and local is not None and alias is not None:
                    out.setdefault(node_text(local), []).append(node_text(alias).strip("'\""))
    return out


_COMMONJS_EXPORT = re.compile(r"^(module\.exports|exports)\.[^.]+$")
_EXPORTED_PREFIX = re.compile(r"^(window|globalThis|self|module\.exports|exports)\.(?=[^.]+$)")


def _module_level(node: ts.Node) -> bool:
    return enclosing(node, FUNCTION_TYPES | {"class_definition", "class_declaration", "class_body"}) is None


def _exported_value(value: ts.Node) -> ts.Node:
    """What importers read off an exported value: `{ … } as const`, `satisfies …`, and the object
    `Object.freeze({ … })` returns."""
    value = unwrap(value)
    fn = value.child_by_field_name("function") if value.type == "call_expression" else None
    args = value.child_by_field_name("arguments") if fn is not None and node_text(fn) == "Object.freeze" else None
    return unwrap(args.named_children[0]) if args is not None and args.named_children else value


def _top_level_class(node: ts.Node) -> str | None:
    """`LLMConfig.` for a field default in the body of a module-level class (`key: str = "…"` of a
    dataclass, read as `LLMConfig().key` or `LLMConfig.key` where the class is imported; a JS/TS
    static field, `Config.token`; an instance field, `Config#token`), else None."""
    if node.parent is not None and node.parent.type in _JS_FIELDS:
        return _static_field_owner(node.parent)
    body = node.parent.parent if node.parent is not None and node.parent.type == "assignment" else None
    body = body.parent if body is not None and body.type == "expression_statement" else None
    cls = body.parent if body is not None and body.type == "block" else None
    if cls is None or cls.type != "class_definition" or not _module_level(cls):
        return None
    name = cls.child_by_field_name("name")
    return f"{node_text(name)}." if name is not None else None


_JS_FIELDS = frozenset({"public_field_definition", "field_definition"})


def _static_field_owner(field: ts.Node) -> str | None:
    """`Config.` for a static field of a module-level class (`export class Config { static token = … }`)."""
    cls = field.parent.parent if field.parent is not None and field.parent.type == "class_body" else None
    if cls is None or cls.type not in ("class_declaration", "class"):
        return None
    holder = cls.parent.parent if cls.parent is not None and cls.parent.type == "export_statement" else cls.parent
    name = cls.child_by_field_name("name")
    if name is None or holder is None or holder.type != "program":
        return None
    # An instance field (`token = "…"`) is read off an instance (`_instance_uses`), a static one off the class.
    return f"{node_text(name)}." if any(child.type == "static" for child in field.children) else f"{node_text(name)}#"


def names_other_host(leaf: ts.Node) -> bool:
    """A string whose URLs (a curl command, say) all point at hosts other than Mistral's."""
    if leaf.type not in _STRING_NODES:
        return False
    hosts = [m.group(1) for m in _URL_HOST.finditer(node_text(leaf))]
    return bool(hosts) and not any(_MISTRAL_HOST.search(h) for h in hosts)


def _string_literals(node: ts.Node, into_functions: bool = False) -> Iterator[ts.Node]:
    """String literals inside `node` (iterative); nested functions only when asked."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in _STRING_NODES:
            yield current
            continue
        if into_functions or current.type not in FUNCTION_TYPES or current == node:
            stack.extend(current.named_children)


def literal_keys(flow: ValueFlow, leaf: ts.Node, strong: bool = False) -> list[tuple[int, int, str]]:
    """(start byte, end byte, key) of keys in a string-bearing node."""
    static = flow.static_string(leaf)
    if static is not None:
        matches = keyshape.find_keys(static, strong)
        out = []
        for match in matches:
            # Point at the key itself when it sits unbroken in one literal, else at the expression.
            idx = leaf.text.find(match.key.encode())
            if idx >= 0:
                out.append((leaf.start_byte + idx, leaf.start_byte + idx + len(match.key), match.key))
            else:
                out.append((leaf.start_byte, leaf.end_byte, match.key))
        return out
    out = []
    for fragment in leaf.named_children:
        if fragment.type in ("string_content", "string_fragment"):
            for match in keyshape.find_keys(node_text(fragment), strong):
                start = fragment.start_byte + match.offset
                out.append((start, start + len(match.key), match.key))
    return out


def check(ctx) -> Iterator[Finding]:
    reported: set[int] = set()
    for finding in _all_findings(ctx):
        if finding.span.start.byte not in reported:  # a commented-out call on a Mistral line
            reported.add(finding.span.start.byte)
            yield finding


def _all_findings(ctx) -> Iterator[Finding]:
    yield from _check_tree(ctx, ctx.root, ctx.flow, offset=0)
    yield from _check_comments(ctx)


def _check_tree(ctx, root: ts.Node, flow: ValueFlow, offset: int) -> Iterator[Finding]:
    uses = ctx.project.key_uses if ctx.project is not None and offset == 0 else {}
    analysis = HardcodedKey(ctx.language, root, flow, ctx.mentions_mistral, uses,
                            targets=ctx.project.imported if ctx.project is not None and offset == 0 else None)
    seen: set[tuple[int, int]] = set()
    for sink, leaf in analysis.sinks():
        for start, end, key in literal_keys(flow, leaf, sink.strong):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            sink_line = ctx.source.position(sink.node.start_byte + offset).line
            key_line = ctx.source.position(start + offset).line
            related = ()
            if sink.related is not None:
                related = (sink.related,)
            elif not (sink.node.start_byte <= start < sink.node.end_byte):
                span = ctx.source.span(sink.node.start_byte + offset, sink.node.end_byte + offset)
                related = (RelatedLocation(span, "the key is used here"),)
            where = f" — {sink.describe}" + (f" on line {sink_line + 1}" if sink_line != key_line else "")
            yield ctx.finding(CODE, start + offset, end + offset, where=where, key=key, related=related)


def _check_comments(ctx) -> Iterator[Finding]:
    """Commented-out code with a key: re-parse the comment as code and run the same sinks.

    Each comment is tried on its own (dedented, so Python accepts it); in JavaScript, where
    indentation does not matter, runs of comments are also tried as one block for calls that
    span several lines.
    """
    comments = queries.captures(ctx.language, "comments", ctx.root).get("comment", ())
    ranges = [(c.start_byte, c.end_byte) for c in comments]
    if ctx.language in ECMA_LANGUAGES:
        ranges += list(_comment_blocks(ctx, comments))
    for start, end in ranges:
        chunk = ctx.source.data[start:end]
        if not _KEY_TOKEN.search(chunk):
            continue
        code, shift = _uncomment(chunk, ctx.language)
        tree = parser(ctx.language).parse(code)
        flow = ValueFlow(ctx.language, tree.root_node)
        yield from _check_tree(ctx, tree.root_node, flow, offset=start + shift)
    for comment in comments:
        yield from _trailing_comment_keys(ctx, comment)


def _trailing_comment_keys(ctx, comment: ts.Node) -> Iterator[Finding]:
    """`client = Mistral(api_key=os.environ[…])  # old one was <key>`: a key in a comment that
    trails code naming Mistral on the same line (the key that code used before)."""
    text = ctx.source.data[comment.start_byte:comment.end_byte]
    if not _KEY_TOKEN.search(text):
        return
    line_start = ctx.source.line_start(ctx.source.line_of(comment.start_byte))
    code = ctx.source.data[line_start:comment.start_byte]
    if not code.strip() or not _MISTRAL_CODE.search(code):
        return
    for match in keyshape.find_keys(text.decode("utf-8", "replace")):
        start = comment.start_byte + len(text.decode("utf-8", "replace")[:match.offset].encode())
        yield ctx.finding(CODE, start, start + len(match.key), key=match.key,
                          where=" — left in a comment on the line that sets up the Mistral client")


# Code that builds a Mistral client or handles its key (not any line that names a Mistral model),
# or a call given a litellm-style `mistral/` model (`litellm.completion(model="mistral/…")`).
_MISTRAL_CODE = re.compile(rb"(?i)mistral\w*\s*\(|mistral\w*(key|token)|(key|token)\w*mistral|"
                           rb"(?-i:[A-Z]\w*Mistral\w*)|(?-i:\bMistral\b)|\([^\n]{0,400}?[\"'`]mistral/")


def _comment_blocks(ctx, comments) -> Iterator[tuple[int, int]]:
    """Byte ranges of runs of two or more comments on consecutive lines."""
    block: list[ts.Node] = []
    for node in comments:
        if block and node.start_point.row > block[-1].end_point.row + 1:
            if len(block) > 1:
                yield ctx.source.line_start(ctx.source.line_of(block[0].start_byte)), block[-1].end_byte
            block = []
        block.append(node)
    if len(block) > 1:
        yield ctx.source.line_start(ctx.source.line_of(block[0].start_byte)), block[-1].end_byte


_MARKER = {
    "python": re.compile(rb"#"),
}
_ECMA_MARKER = re.compile(rb"//|/\*+|^\s*\*(?!/)")


def _uncomment(chunk: bytes, language: str) -> tuple[bytes, int]:
    """The code inside a comment with markers blanked (same length, so offsets still map).

    Returns the code and how many leading bytes were cut (a single line is dedented)."""
    marker = _MARKER.get(language, _ECMA_MARKER)
    lines = []
    for line in chunk.split(b"\n"):
        found = marker.search(line)
        if found is None:
            lines.append(b" " * len(line))
            continue
        body = re.sub(rb"\*+/", lambda m: b" " * len(m.group()), line[found.end():])
        lines.append(b" " * found.end() + body)
    code = b"\n".join(lines)
    if len(lines) == 1:
        shift = len(code) - len(code.lstrip())
        return code[shift:], shift
    return code, 0


CHECKERS = (Checker(CODE, LANGUAGES, PREFILTER, check,
                    queries=("bindings", "hardcoded-key", "imports", "comments", "key-logging")),)
