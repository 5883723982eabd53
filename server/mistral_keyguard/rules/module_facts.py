"""A module's summary for the project view: which of its top-level names reach Mistral.

For each top-level function whose body calls Mistral (directly, through a client or model object,
or through a helper imported from another summarised module), the summary says whether a Mistral
error escapes it (`REACHES_MISTRAL`) or every call is caught and turned into a fallback
(`CATCHES_MISTRAL`). Top-level names bound to a Mistral client, model or chain are
`MISTRAL_OBJECT`. Re-exported names keep the fact of the module they come from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.holdings import Holdings
from mistral_keyguard.holdings.base import MAX_BINDINGS, OTHER_VENDOR, is_key_name
from mistral_keyguard.sinks import FUNCTION_TYPES, call_args, enclosing, unwrap
from mistral_keyguard.project import (
    CARRIES_KEY, CARRIES_MARK, SENT_MARK, KEY_PARAMETER, KEY_PARAMETER_MARK, CATCHES_MISTRAL, CONFIG_SERVICE_KEY,
    DEFAULT_MODEL, DEFAULT_MODEL_PREFIX, CONFIG_SERVICE_NAME, ESCAPES_ASYNC_ROUTE, FAILS_QUEUE_JOBS, FORWARDS_ERRORS,
    FRAMEWORK_PROGRAM, HOLDS_KEY, KEY_POOL, KEY_USE, KEY_DEFAULTS, KEYED_ARGUMENT, KEYED_ARGUMENT_MARK, KEYED_CLIENT,
    KEYED_FACTORY, HOOKED_CALL, HOOKED_MARK, HOOKED_PLAIN,
    KEYED_HEADERS, MISTRAL_ENDPOINT, MISTRAL_MODEL, MISTRAL_OBJECT, REACHES_MISTRAL, RETURNS_HOLDER, HANDED_DETAIL,
    SENT_DETAIL, HEADERS_DETAIL, KEYED_ERRORS, OPTIONS_DETAIL, PAGE_GLOBAL_PREFIX, RAISES_KEYED_ERROR,
    RETURNS_HEADERS, RETURNS_KEY, ARQ_JOB_PREFIX, QUEUE_OBJECT, QUEUE_PREFIX, SECRET_FIELD, SENDS_ERROR_ARG,
    SHARED_INSTANCE_PREFIX, STORED_SETTINGS, ModuleFact, KEY_VALUE,
    KEYED_FORWARD,
)
from mistral_keyguard.dataflow import last_segment, name_of, node_text
from mistral_keyguard.prefilter import is_generated
from mistral_keyguard.holdings.keys import typed_fields
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.rules.frontend_direct_call import MISTRAL_HOST, calls_in, instance_name, reaches_mistral
from mistral_keyguard.rules.public_env_key import DEFINE_PREFIX, DEFINED_GLOBAL, SHIPPED_READS, Reach
from mistral_keyguard.rules.hardcoded_key import HardcodedKey
from mistral_keyguard.rules.caught import SCOPE_TYPES, error_escapes, first_uncaught
from mistral_keyguard.rules.bot_errors import forwarding_registration
from mistral_keyguard.rules.error_leak import (
    AGENT_BUILDER, RESPONDER_PARAMS, ErrorLeak, class_methods, litellm_model_literal, top_level_functions,
)
from mistral_keyguard.rules.arq_jobs import failing_arq_jobs
from mistral_keyguard.rules.exported_objects import exported_methods
from mistral_keyguard.rules.queue_jobs import queue_objects, worker_queues
from mistral_keyguard.rules.injected_services import injection_facts



def summarize(ctx) -> dict[str, ModuleFact]:
    """Facts about this module's top-level names (empty for a module that never reaches Mistral)."""
    if ctx.tree is None:
        return {}
    analysis = ErrorLeak(ctx)
    facts: dict[str, ModuleFact] = dict(_reexported(ctx))
    reaching = analysis.mistral_functions
    for name, fn, body in top_level_functions(ctx.root):
        if name not in reaching:
            continue
        call = analysis.first_escape(fn, body)
        kind = REACHES_MISTRAL if call is not None else CATCHES_MISTRAL
        where = call if call is not None else fn
        facts[name] = _fact(ctx, kind, where, name)
    facts.update(_commonjs_default(ctx, analysis, facts))
    facts.update(_exported_object_methods(ctx, analysis, facts))
    facts.update(_method_facts(ctx, analysis, facts))
    facts.update(_bus_handlers(ctx, facts))
    facts.update(_instance_facts(ctx, facts))
    facts.update(_shared_instances(ctx, facts))
    facts.update(_forwarding(ctx, analysis))
    facts.update(_bot_forwarding(ctx, analysis, facts))
    facts.update(injection_facts(ctx))
    facts.update(_queue_workers(ctx, analysis))
    facts.update((name, replace(_fact(ctx, QUEUE_OBJECT, node, name), detail=queue))
                 for name, queue, node in queue_objects(analysis) if name not in facts)
    facts.update(_error_senders(ctx, analysis, facts))
    facts.update(_arq_workers(ctx, analysis))
    facts.update(_key_returners(ctx, facts))
    facts.update(_key_holders(ctx, facts))
    facts.update(_key_constants(ctx, facts))
    facts.update(_key_classes(ctx, facts))
    facts.update(_persistent_stores(ctx, facts))
    facts.update(_stored_settings(ctx, facts))
    facts.update(_key_defaults(ctx, facts))
    facts.update(_keyed_clients(ctx, facts))
    facts.update(_keyed_responses(ctx, facts))
    facts.update(_keyed_headers(ctx, facts))
    facts.update(_imported_key_builders(ctx))
    facts.update(_key_parameters(ctx))
    facts.update(_instance_fields(ctx, facts))
    facts.update(_keyed_error_raisers(ctx))
    facts.update(_endpoints(ctx, facts))
    facts.update(_secret_fields(ctx))
    facts.update(_config_service(ctx))
    for binding in ctx.flow.bindings:
        # `module.exports = client`: what a `require()` of the module gives.
        name = "default" if binding.name in ("module.exports", "exports") else binding.name
        if name in facts or not _top_level(binding.name_node):
            continue
        if binding.name in analysis.handles and analysis._builds_handle(binding.value, analysis.handles):
            facts[name] = _fact(ctx, MISTRAL_OBJECT, binding.value, name)
    facts.update(_handle_factories(ctx, analysis, facts))
    facts.update(_built_by_factories(ctx, facts))
    facts.update(_default_models(ctx, analysis))
    facts.update(_framework_programs(ctx, analysis, facts))
    facts.update(_handle_fields(ctx, analysis, facts))
    return facts


def _default_models(ctx, analysis: ErrorLeak):
    """The frameworks whose default model this module sets to a Mistral model (not those it only
    learns from its imports): its importers' programs and engines of that framework call Mistral."""
    for framework, value in analysis._default_setters if analysis.default_models else ():
        if framework in analysis.default_models and analysis._builds_handle(value, analysis.handles):
            yield DEFAULT_MODEL_PREFIX + framework, replace(_fact(ctx, DEFAULT_MODEL, value, framework), detail=framework)


# A module using a framework with a process-wide default model (`import dspy`, `from llama_index…`).
_DEFAULT_FRAMEWORK_IMPORT = re.compile(rb"(?m)^[^\S\n]*(?:import|from)\s+(dspy|llama_index)\b")


def _framework_programs(ctx, analysis: ErrorLeak, known: dict[str, ModuleFact]):
    """The top-level names that would call the framework's default model, in a module that sets no
    default itself (nor another model as the default) (`qa = dspy.ChainOfThought(…)`, `class RAG(dspy.Module)`, `def answer(q)` running
    one, `def build_engine()` returning `index.as_query_engine()`): found by the same analysis with
    the default taken as Mistral; the importer that sets it decides (`FRAMEWORK_PROGRAM`)."""
    if ctx.language != "python" or analysis.default_models:
        return
    frameworks = {m.group(1).decode() for m in _DEFAULT_FRAMEWORK_IMPORT.finditer(ctx.source.data)}
    frameworks -= {framework for framework, _value in analysis._default_setters}  # set here to another model
    for framework in sorted(frameworks):
        assumed = ErrorLeak(ctx, frozenset({framework}))
        found = (assumed.handles | assumed.mistral_functions | assumed._program_classes) \
            - analysis.handles - analysis.mistral_functions
        for name, node in _top_level_names(ctx):
            if name in found and name not in known:
                yield name, replace(_fact(ctx, FRAMEWORK_PROGRAM, node, name), detail=framework)


def _top_level_names(ctx):
    """(name, node) of a module's top-level functions, classes and bound names."""
    for child in ctx.root.named_children:
        node = child.child_by_field_name("definition") if child.type == "decorated_definition" else child
        name = node.child_by_field_name("name") if node is not None and node.type in (
            "function_definition", "class_definition") else None
        if name is not None:
            yield node_text(name), node
    for binding in ctx.flow.bindings:
        if binding.is_variable and _top_level(binding.name_node):
            yield binding.name, binding.value


def _built_by_factories(ctx, known: dict[str, ModuleFact]):
    """Top-level names bound to what a factory of this module returns (`query_pipeline = build()`,
    `export const graph = buildGraph()`): the engine, graph or client is made once, at import, and
    its importers run it."""
    factories = {name for name, fact in known.items() if fact.kind == MISTRAL_OBJECT and "." not in name}
    if not factories:
        return
    for name, value in _top_level_values(ctx):
        value = unwrap(value)
        callee = value.child_by_field_name("function") if value.type in ("call", "call_expression") else None
        if name not in known and callee is not None and callee.type == "identifier" and node_text(callee) in factories:
            yield name, _fact(ctx, MISTRAL_OBJECT, value, name)


def _handle_fields(ctx, analysis, known: dict[str, ModuleFact]):
    """Fields of a top-level object literal that hold a Mistral model or client, by dotted name:
    `models = { primary: mistral("mistral-large-latest"), vision: openai("gpt-4o") }` read as
    `models.primary` (a module object's members are looked up the same way)."""
    if ctx.language not in ECMA_LANGUAGES or not analysis.handles:
        return
    for binding in ctx.flow.bindings:
        if binding.name in known or binding.value.type != "object" or not _top_level(binding.name_node):
            continue
        for pair in binding.value.named_children:
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type == "pair" and key is not None and value is not None and value.type in _BUILT \
                    and analysis._builds_handle(value, analysis.handles):
                field = node_text(key).strip("'\"")
                yield f"{binding.name}.{field}", _fact(ctx, MISTRAL_OBJECT, value, f"{binding.name}.{field}")


_BUILT = frozenset({"call_expression", "new_expression"})


def _handle_factories(ctx, analysis, known: dict[str, ModuleFact]):
    """Top-level functions that return a Mistral client, model or chain (`buildChain()` returning
    `prompt.pipe(model)`): what their callers get is a Mistral object."""
    if ctx.language == "python":
        yield from _python_engine_factories(ctx, analysis, known)
        return
    if ctx.language not in ECMA_LANGUAGES or not analysis.handles:
        return
    for name, _fn, body in top_level_functions(ctx.root):
        if name in known:
            continue
        # What is built (a call, `new`), not what is read off a response (`res.choices[0]`).
        value = next((v for v in _returned_values(body) if v.type in _BUILT
                      and analysis._builds_handle(v, analysis.handles)), None)
        if value is not None:
            yield name, _fact(ctx, MISTRAL_OBJECT, value, name)


def _python_engine_factories(ctx, analysis: ErrorLeak, known: dict[str, ModuleFact]):
    """A Python function that makes a Mistral model and returns an engine, agent or chain built in
    it (LlamaIndex's `Settings.llm = MistralAI(…)` then `index.as_query_engine()`), or a local name
    holding one (Haystack's `p = Pipeline()` given a Mistral generator, then `return p`): its
    callers' `engine.query(…)` calls the model. Its `REACHES_MISTRAL` fact becomes `MISTRAL_OBJECT`,
    which also covers a call of the factory itself. A module that sets LlamaIndex's global
    `Settings.llm` to a Mistral model makes every engine built in it call Mistral, in whatever
    function builds it."""
    global_llm = _sets_global_mistral_llm(ctx, analysis)
    builders = bool(analysis._builders) and bool(analysis.handles)  # (`handles` feeds the builders)
    for name, _fn, body in top_level_functions(ctx.root):
        fact = known.get(name)
        if not (fact is None and (global_llm or builders) or fact is not None and fact.kind == REACHES_MISTRAL):
            continue
        value = next((v for v in _returned_values(body) if v.type == "call" and (global_llm or fact is not None)
                      and AGENT_BUILDER.search(node_text(v.child_by_field_name("function")).rpartition(".")[2])
                      or _fed_or_compiled(analysis, v)), None)
        if value is not None:
            yield name, _fact(ctx, MISTRAL_OBJECT, value, name)


def _fed_or_compiled(analysis: ErrorLeak, value: ts.Node) -> bool:
    """A builder given a Mistral component, returned as it is (`return p`) or compiled (`return
    g.compile()`, `return builder.build()`): what the function returns runs the component."""
    if value.type == "call":
        callee = value.child_by_field_name("function")
        value = callee.child_by_field_name("object") if callee is not None and callee.type == "attribute" else None
    return value is not None and value.type == "identifier" and analysis.fed_builder(node_text(value), value)


def _sets_global_mistral_llm(ctx, analysis: ErrorLeak) -> bool:
    """`Settings.llm = MistralAI(…)` at the top of the module (byte-gated)."""
    if b"Settings.llm" not in ctx.source.data:
        return False
    return any(analysis._builds_handle(value, analysis.handles)
               for value in _top_level_assigned(ctx, "assignment", "Settings.llm"))


def _top_level_assigned(ctx, kind: str, target: str):
    """The values a module's top-level statements assign (`kind` nodes) to `target`."""
    for child in ctx.root.named_children:
        assignment = child.named_children[0] if child.type == "expression_statement" and child.named_children else None
        if assignment is None or assignment.type != kind or node_text(assignment.child_by_field_name("left")) != target:
            continue
        value = assignment.child_by_field_name("right")
        if value is not None:
            yield value


def _commonjs_default(ctx, analysis: ErrorLeak, known: dict[str, ModuleFact]):
    """`module.exports = async function ask() {…}`: the function a `require()` of the module gives."""
    if ctx.language not in ECMA_LANGUAGES or "default" in known or b"module.exports" not in ctx.source.data:
        return
    for value in _top_level_assigned(ctx, "assignment_expression", "module.exports"):
        body = value.child_by_field_name("body") if value.type in (
            "arrow_function", "function_expression", "function") else None
        if body is not None and analysis._calls_mistral(body):
            call = first_uncaught(analysis, body)
            yield "default", _fact(ctx, REACHES_MISTRAL if call is not None else CATCHES_MISTRAL,
                                   call if call is not None else value, "default")
def _exported_object_methods(ctx, analysis: ErrorLeak, known: dict[str, ModuleFact]):
    """Methods of the object a JavaScript module exports, or its exported factory returns
    (`rules/exported_objects.py`), as the module's members: same escape/fallback split."""
    reaching = analysis.mistral_functions if ctx.language in ECMA_LANGUAGES else ()
    for name, fn, body in exported_methods(ctx) if reaching else ():
        if name in known or name not in reaching:
            continue
        call = first_uncaught(analysis, body)
        yield name, _fact(ctx, REACHES_MISTRAL if call is not None else CATCHES_MISTRAL,
                          call if call is not None else fn, name)


def _method_facts(ctx, analysis: ErrorLeak, known: dict[str, ModuleFact]):
    """Methods of top-level classes that reach Mistral, as `Class.method`: a module that makes an
    instance (or has one injected) calls them on it. Same escape/fallback split as functions."""
    reaching = analysis.mistral_functions
    for cls, method, fn, body in class_methods(ctx.root):
        name = f"{cls}.{method}"
        if method not in reaching or name in known:
            continue
        call = first_uncaught(analysis, body)
        kind = REACHES_MISTRAL if call is not None else CATCHES_MISTRAL
        yield name, _fact(ctx, kind, call if call is not None else fn, name)


# NestJS CQRS: `@CommandHandler(SummarizeCommand)` on the class whose `execute` the bus runs.
_BUS_HANDLER = re.compile(r"^@(CommandHandler|QueryHandler)\(\s*([A-Za-z_$][\w$]*)\s*\)$")


def _bus_handlers(ctx, known: dict[str, ModuleFact]):
    """A CQRS handler's `execute` fact under its command's name (`SummarizeCommand.execute`): a
    controller importing the command runs it through `commandBus.execute(new SummarizeCommand(…))`."""
    if ctx.language not in ECMA_LANGUAGES or b"Handler(" not in ctx.source.data:
        return
    for child in ctx.root.named_children:
        node = child.child_by_field_name("declaration") if child.type == "export_statement" else child
        name = node.child_by_field_name("name") if node is not None and node.type == "class_declaration" else None
        fact = known.get(f"{node_text(name)}.execute") if name is not None else None
        for decorator in (d for d in (*child.children, *node.children) if d.type == "decorator") if fact else ():
            match = _BUS_HANDLER.match(node_text(decorator))
            if match:
                yield f"{match.group(2)}.execute", fact


def _instance_facts(ctx, known: dict[str, ModuleFact]):
    """A module-level instance of such a class (`chat_service = ChatService()`, `export default new
    ChatService()`): its methods' facts as `chat_service.method`, for the modules importing it."""
    imported = ctx.project.imported if ctx.project is not None else {}
    methods = {name: fact for name, fact in (*imported.items(), *known.items())
               if "." in name and fact.kind in (REACHES_MISTRAL, CATCHES_MISTRAL)}
    if not methods:
        return
    for name, value in _top_level_values(ctx):
        value = unwrap(value)
        if value.type not in ("call", "new_expression"):
            continue
        callee = value.child_by_field_name("function") or value.child_by_field_name("constructor")
        prefix = node_text(callee) + "." if callee is not None else ""
        for method, fact in methods.items():
            if prefix and method.startswith(prefix) and "." not in method[len(prefix):]:
                yield f"{name}.{method[len(prefix):]}", fact


def _instance_fields(ctx, known: dict[str, ModuleFact]):
    """A module-level instance of a class keeping keyed headers or a keyed client on its instances
    (`hook = MistralHook()`, `export const service = new MistralService()`): those fields' facts as
    `hook.headers`, for the modules importing the instance."""
    imported = ctx.project.imported if ctx.project is not None else {}
    fields = {name: fact for name, fact in (*imported.items(), *known.items())
              if "." in name and fact.kind in (KEYED_HEADERS, KEYED_CLIENT) and not name.endswith(KEYED_FACTORY)}
    if not fields:
        return
    for name, value in _top_level_values(ctx):
        value = unwrap(value)
        callee = value.child_by_field_name("function") or value.child_by_field_name("constructor") \
            if value.type in ("call", "new_expression") else None
        prefix = node_text(callee) + "." if callee is not None else ""
        for field, fact in fields.items():
            if prefix and field.startswith(prefix) and "." not in field[len(prefix):] and \
                    f"{name}.{field[len(prefix):]}" not in known:
                yield f"{name}.{field[len(prefix):]}", fact


def _shared_instances(ctx, known: dict[str, ModuleFact]):
    """An instance of such a class put on another object's attribute, anywhere in the module
    (`config.registry.answerer = FaqAnswerer(…)` in an app factory): `@answerer.answer`."""
    imported = ctx.project.imported if ctx.project is not None else {}
    methods = {name: fact for name, fact in (*imported.items(), *known.items())
               if "." in name and not name.startswith(SHARED_INSTANCE_PREFIX)
               and fact.kind in (REACHES_MISTRAL, CATCHES_MISTRAL)}
    if not methods:
        return
    for binding in ctx.flow.bindings:
        if binding.name.count(".") < 2 or binding.name.startswith(("self.", "this.")) or not binding.is_variable:
            continue  # `obj.holder.attr = …`, not an instance's own field
        value = unwrap(binding.value)
        callee = value.child_by_field_name("function") or value.child_by_field_name("constructor") \
            if value.type in ("call", "new_expression") else None
        prefix = node_text(callee) + "." if callee is not None else ""
        for method, fact in methods.items():
            if prefix and method.startswith(prefix) and "." not in method[len(prefix):]:
                yield f"{SHARED_INSTANCE_PREFIX}{last_segment(binding.name)}.{method[len(prefix):]}", fact


def _top_level_values(ctx):
    """(name, value) of the module's top-level bindings, `module.exports = …` and `export default …`
    under "default"."""
    for binding in ctx.flow.bindings:
        if _top_level(binding.name_node) and binding.is_variable:
            yield ("default" if binding.name in ("module.exports", "exports") else binding.name), binding.value
    for child in ctx.root.named_children:
        if child.type == "export_statement" and any(c.type == "default" for c in child.children):
            value = child.child_by_field_name("value")
            if value is not None:
                yield "default", value

def _forwarding(ctx, analysis: ErrorLeak):
    """This module's routes hand a Mistral error to Express's error middleware (`next(err)`):
    the module that defines the middleware, or its importer, learns it from the summary."""
    call = analysis.forwarding_to_next
    if call is not None:
        keyed = ctx.language in ECMA_LANGUAGES and Holdings(
            ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral,
            ctx.project.imported if ctx.project is not None else {}).forwards_keyed_error
        yield FORWARDS_ERRORS, _fact(ctx, FORWARDS_ERRORS, call, KEYED_FORWARD if keyed else "next()")
        return
    yield from _async_route_forwarding(ctx, analysis)


def _error_senders(ctx, analysis: ErrorLeak, known: dict[str, ModuleFact]):
    """Functions that send the text of an error they are handed to the client (`handleError(res,
    err)`): a route of an importer whose catch hands one a Mistral error leaks it."""
    if ctx.language not in ECMA_LANGUAGES or not RESPONDER_PARAMS.search(ctx.source.data):
        return  # only a responder's summary says it (`project_view.sends_error_args`)
    for name, (position, leak, _how) in analysis.error_senders.items():
        if name not in known:
            yield name, replace(_fact(ctx, SENDS_ERROR_ARG, leak, name), detail=str(position))


def _queue_workers(ctx, analysis: ErrorLeak):
    """A queue's worker whose processor fails jobs with a Mistral error, as `queue:<name>`: a route
    of the project reading that queue's `job.failedReason` sends it (no import joins them)."""
    for name, node in worker_queues(analysis):
        yield f"{QUEUE_PREFIX}{name}", _fact(ctx, FAILS_QUEUE_JOBS, node, name)


def _arq_workers(ctx, analysis: ErrorLeak):
    """An arq worker's job function that fails with a Mistral error, as `arq-job:<name>`: a route
    of the project enqueueing that name and reading `job.result()` raises it again."""
    for name, node in failing_arq_jobs(analysis):
        yield f"{ARQ_JOB_PREFIX}{name}", _fact(ctx, FAILS_QUEUE_JOBS, node, name)


def _async_route_forwarding(ctx, analysis: ErrorLeak):
    """An async route that lets a Mistral error escape: forwarded where the app loads
    express-async-errors (this module, or the one mounting it, which turns the fact into
    `FORWARDS_ERRORS`)."""
    imported = ctx.project.imported if ctx.project is not None else {}
    escaping = imported.get(ESCAPES_ASYNC_ROUTE)
    if escaping is not None and analysis.patches_async_errors:
        yield FORWARDS_ERRORS, replace(escaping, kind=FORWARDS_ERRORS)
        return
    call = analysis.async_route_escape if escaping is None else None
    if call is not None:
        yield ESCAPES_ASYNC_ROUTE, _fact(ctx, ESCAPES_ASYNC_ROUTE, call, "async route")


def _bot_forwarding(ctx, analysis: ErrorLeak, known: dict[str, ModuleFact]):
    """This module registers a python-telegram-bot handler that lets a Mistral error escape beside
    an application error handler (`rules/bot_errors.py`): the module defining that handler learns it."""
    registration = forwarding_registration(analysis) if FORWARDS_ERRORS not in known else None
    if registration is not None:
        yield FORWARDS_ERRORS, _fact(ctx, FORWARDS_ERRORS, registration, "add_handler()")


def _key_returners(ctx, known: dict[str, ModuleFact]):
    """Top-level functions that return the Mistral key (`def api_key(): return os.environ[...]`)
    or an object with the key in some fields (`auth_headers()`, `load_config()`). Such a function
    is that, even where its env read looked like a Mistral call (`AppConfig(api_key=os.environ[…])`)."""
    imported = ctx.project.imported if ctx.project is not None else {}
    configs = ctx.project.config_files if ctx.project is not None else {}
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported, configs)
    for name, _fn, body in [*top_level_functions(ctx.root), *_default_exported_function(ctx.root)]:
        if name in known and known[name].kind != REACHES_MISTRAL:
            continue
        fact = _returned_key_fact(ctx, holdings, name, body)
        if fact is not None:
            yield name, fact
    for name, namespace, body in _namespaced_factories(ctx):
        fact = _returned_key_fact(ctx, holdings, name, body) if name not in known else None
        if fact is not None and fact.kind == RETURNS_HOLDER:
            yield name, replace(fact, detail=",".join(f"{namespace}.{field}" for field in fact.detail.split(",")))


# NestJS's `registerAs('mistral', () => ({ apiKey: … }))`: a config factory served under a namespace.
_REGISTER_AS = re.compile(r"""^registerAs\(\s*["'`]([\w-]+)["'`]""")


def _namespaced_factories(ctx):
    """(exported name, namespace, factory body) of `export default registerAs('mistral', () => …)`
    and `export const mistralConfig = registerAs(…)`."""
    if ctx.language not in ECMA_LANGUAGES or b"registerAs" not in ctx.source.data:
        return
    for name, value in _top_level_values(ctx):
        value = unwrap(value)
        args = value.child_by_field_name("arguments") if value.type == "call_expression" else None
        namespace = _REGISTER_AS.match(node_text(value)) if args is not None else None
        factory = args.named_children[1] if namespace and len(args.named_children) > 1 else None
        body = factory.child_by_field_name("body") if factory is not None else None
        if body is not None:
            yield name, namespace.group(1), body


def _default_exported_function(root: ts.Node):
    """`export default () => ({ … })`: a NestJS config factory, by the name its importers use."""
    for child in root.named_children:
        value = child.child_by_field_name("value") if child.type == "export_statement" else None
        if value is not None and value.type in ("arrow_function", "function_expression", "function"):
            body = value.child_by_field_name("body")
            if body is not None:
                yield "default", value, body


_NEST_LOAD = re.compile(r"ConfigModule\.forRoot(?:Async)?\(\s*\{[^)]{0,2000}?\bload\s*:\s*\[([^\]]{0,500})\]")


def _config_service(ctx):
    """`ConfigModule.forRoot({ load: [configuration] })` with a factory returning the key."""
    imported = ctx.project.imported if ctx.project is not None else {}
    if b"ConfigModule" not in ctx.source.data or not imported:
        return
    for match in _NEST_LOAD.finditer(ctx.source.data.decode("utf-8", "replace")):
        for name in re.findall(r"[\w$]+", match.group(1)):
            fact = imported.get(name)
            if fact is not None and fact.kind == RETURNS_HOLDER:
                yield CONFIG_SERVICE_NAME, replace(fact, kind=CONFIG_SERVICE_KEY)
                return


def _returned_key_fact(ctx, holdings: Holdings, name: str, body: ts.Node) -> ModuleFact | None:
    values = list(_returned_values(body))
    values += _stored_then_returned(body, values)
    for value in values:
        if holdings.key_reason(value):
            return _fact(ctx, RETURNS_KEY, value, name)
    for value in values:
        fields = holdings.key_fields(value)
        if fields:
            return replace(_fact(ctx, RETURNS_HOLDER, value, name), detail=",".join(fields))
    return None


_STORES = frozenset({"subscript", "attribute", "subscript_expression", "member_expression"})
_MAX_STORES = 8


def _stored_then_returned(body: ts.Node, returned: list[ts.Node]) -> list[ts.Node]:
    """What the function stored where it returns from: Streamlit's `st.session_state["cfg"] = {…}`
    then `return st.session_state["cfg"]` (a value built once per session, a memo on an object)."""
    places = {node_text(value) for value in returned if value.type in _STORES}
    if not places:
        return []
    found, stack = [], [body]
    while stack and len(found) < _MAX_STORES:
        node = stack.pop()
        if node.type in ("assignment", "assignment_expression"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None and node_text(left) in places:
                found.append(right)
        elif node.type not in SCOPE_TYPES:
            stack.extend(node.named_children)
    return found


def _key_holders(ctx, known: dict[str, ModuleFact]):
    """Objects this module exports with the key in a field: `module.exports = { mistralKey: … }`
    (the module object itself, `default`), top-level `config = { apiKey: … }` bindings and
    `CFG = tomllib.load(fh)` of a config file that holds the key."""
    imported = ctx.project.imported if ctx.project is not None else {}
    configs = ctx.project.config_files if ctx.project is not None else {}
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported, configs)
    parses_env = any(source.encode() in ctx.source.data for source in _ENV_SOURCES)
    for binding in ctx.flow.bindings:
        name = "default" if binding.name in ("module.exports", "exports") else binding.name
        if name in known or not _top_level(binding.name_node):
            continue
        if binding.value.type in ("object", "dictionary") and holdings.object_reason(binding.value):
            yield name, replace(_fact(ctx, HOLDS_KEY, binding.value, name), detail=_key_fields(holdings, binding.value))
        elif binding.value.type == "call" and (_config_instance(holdings, binding.value)
                                               or holdings.loaded_config(binding.value)) or \
                binding.value.type == "call_expression" and parses_env and _parsed_env(holdings, binding.value):
            yield name, _fact(ctx, HOLDS_KEY, binding.value, name)
        elif binding.value.type in ("list", "tuple", "set", "array") and holdings.key_pool(binding.value):
            yield name, replace(_fact(ctx, HOLDS_KEY, binding.value, name), detail=KEY_POOL)
    if "default" not in known:
        yield from _default_export_holder(ctx, holdings)


def _key_fields(holdings, value: ts.Node) -> str:
    """The fields of an object literal whose value is the key (`{ apiKey: process.env.MISTRAL_API_KEY,
    searchToken: … }` gives "apiKey"), comma-separated: an importer's `config.apiKey` is the key."""
    fields = []
    for pair in value.named_children[:_MAX_FIELDS]:
        key, item = pair.child_by_field_name("key"), pair.child_by_field_name("value")
        if pair.type == "pair" and key is not None and item is not None and holdings.key_reason(item):
            fields.append(node_text(key).strip("'\"`"))
    return ",".join(fields)


_MAX_FIELDS = 64


def _key_constants(ctx, known: dict[str, ModuleFact]):
    """Top-level names bound to the Mistral key read from the environment (`KEY =
    os.environ["MISTRAL_API_KEY"]`, `… or ""`, `export const KEY = process.env.MISTRAL_API_KEY`,
    `MISTRAL_KEY = os.environ["API_KEY"]`)."""
    if b"env" not in ctx.source.data:
        return
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, {})
    for binding in ctx.flow.bindings:
        if binding.name in known or "." in binding.name or not _top_level(binding.name_node) \
                or OTHER_VENDOR.search(binding.name):
            continue
        value = unwrap(binding.value)
        for part in (value, *(value.named_children if value.type == "boolean_operator" else ())):
            env = holdings.env_read_name(part)
            # The variable or the name says Mistral: a generic `REPLICATE_API_TOKEN` read beside a
            # `mistralai/…` model id is another provider's.
            if env is not None and is_key_name(env, True) and (is_key_name(env, False) or is_key_name(binding.name, False)):
                yield binding.name, _fact(ctx, KEY_VALUE, binding.value, binding.name)
                break


def _default_export_holder(ctx, holdings):
    """`export default { mistral: { apiKey: … } }`: the anonymous object an importer's `import
    config from "./config"` gives, with the key in a field (`export default config` of a named
    object is a binding, above)."""
    for child in ctx.root.named_children:
        if child.type == "export_statement" and any(c.type == "default" for c in child.children):
            value = child.child_by_field_name("value")
            if value is not None and value.type == "object" and holdings.object_reason(value):
                yield "default", _fact(ctx, HOLDS_KEY, value, "default")
            return


# Persistent settings stores (conf, electron-store, configstore) and the members that give all
# they hold: a store whose defaults or schema name the key field keeps the key once it is set.
_STORE_CLASSES = frozenset({"Conf", "Store", "ElectronStore", "Configstore"})
_STORE_MARKS = (b"new Conf", b"new Store", b"new ElectronStore", b"new Configstore")
_STORE_CONTENTS = ("store", "all")


def _persistent_stores(ctx, known: dict[str, ModuleFact]):
    """`export const store = new Conf({ defaults: { mistralApiKey: "" } })`: the store holds the
    key (set by `store.set("mistralApiKey", key)` anywhere), so `store.store` (configstore's
    `store.all`) printed shows it: `HOLDS_KEY` under those dotted names."""
    if ctx.language not in ECMA_LANGUAGES or not any(mark in ctx.source.data for mark in _STORE_MARKS):
        return
    for binding in ctx.flow.bindings:
        value = binding.value
        ctor = value.child_by_field_name("constructor") if value.type == "new_expression" else None
        if ctor is None or node_text(ctor) not in _STORE_CLASSES or not _top_level(binding.name_node) or \
                not _names_key_field(value, ctx.mentions_mistral):
            continue
        for member in _STORE_CONTENTS:
            if f"{binding.name}.{member}" not in known:
                yield f"{binding.name}.{member}", _fact(ctx, HOLDS_KEY, value, binding.name)


# Stores read whole through a method (`STORED_SETTINGS`): the method by the store's maker.
_STORE_READERS = {"defineItem": "getValue", "create": "getState"}
_STORE_READ_MARKS = (b"defineItem", b"zustand")
_ZUSTAND_IMPORT = re.compile(rb"""from\s+["']zustand["']|require\(\s*["']zustand["']\s*\)""")


def _stored_settings(ctx, known: dict[str, ModuleFact]):
    """`export const settingsItem = storage.defineItem<Settings>("local:settings", { fallback: {
    apiKey: "" } })` (WXT), `export const useSettings = create()(persist((set) => ({ apiKey: "" }),
    …))` (zustand): the persisted state holds the key the user stored, so `settingsItem.getValue()`
    and `useSettings.getState()` hold it. A generic key name counts here (the user's own key of the
    app); the rule asks that the project use Mistral."""
    if ctx.language not in ECMA_LANGUAGES or not any(mark in ctx.source.data for mark in _STORE_READ_MARKS):
        return
    zustand = bool(_ZUSTAND_IMPORT.search(ctx.source.data))
    for binding in ctx.flow.bindings:
        value = unwrap(binding.value)
        reader = _store_reader(value, zustand) if _top_level(binding.name_node) else None
        fields = _key_fields_in(value, ctx) if reader else []
        if fields and f"{binding.name}.{reader}" not in known:
            yield f"{binding.name}.{reader}", replace(_fact(ctx, STORED_SETTINGS, value, binding.name),
                                                      detail=",".join(fields))


def _store_reader(value: ts.Node, zustand: bool) -> str | None:
    """The method reading a store made by `value` whole: `getValue` of a WXT item, `getState` of a
    zustand store (`create<S>()((set) => …)`, `create(persist(…))`: its state holds what the user
    typed, persisted or not)."""
    call = value
    while call.type == "call_expression":
        fn = call.child_by_field_name("function")
        if fn is None:
            return None
        name = last_segment(node_text(fn)) if fn.type in ("identifier", "member_expression") else None
        if name == "defineItem":
            return _STORE_READERS[name]
        if name == "create" and zustand and fn.type == "identifier":
            return _STORE_READERS[name]
        call = fn
    return None


def _key_fields_in(call: ts.Node, ctx) -> list[str]:
    """Key-named fields of the object literals among a store maker's arguments (nested, bounded)."""
    stack, seen, found = [call], 0, []
    while stack and seen < _MAX_SCHEMA_NODES:
        node = stack.pop()
        seen += 1
        if node.type == "object":
            found += [name for name in _property_names(node) if is_key_name(name, True) and name not in found]
        stack.extend(node.named_children)
    return found


_DEFAULTS_NAME = re.compile(r"(?i)default")


def _key_defaults(ctx, known: dict[str, ModuleFact]):
    """Top-level defaults objects naming a key field (`DEFAULT_SETTINGS = { mistralApiKey: "" }`):
    what a plugin loads from its storage over them holds the key (`KEY_DEFAULTS`)."""
    if ctx.language not in ECMA_LANGUAGES or b"efault" not in ctx.source.data and b"EFAULT" not in ctx.source.data:
        return
    for binding in ctx.flow.bindings:
        value = unwrap(binding.value)
        if binding.name not in known and value.type == "object" and _DEFAULTS_NAME.search(binding.name) \
                and _top_level(binding.name_node) \
                and any(is_key_name(name, ctx.mentions_mistral) for name in _property_names(value)):
            yield binding.name, _fact(ctx, KEY_DEFAULTS, value, binding.name)


def _names_key_field(call: ts.Node, mistral_file: bool) -> bool:
    """Whether an object literal among the call's arguments (nested, bounded) names a key field."""
    stack, seen = [call.child_by_field_name("arguments")], 0
    while stack and seen < _MAX_SCHEMA_NODES:
        node = stack.pop()
        seen += 1
        if node is None:
            continue
        if node.type == "object" and any(is_key_name(name, mistral_file) for name in _property_names(node)):
            return True
        if node.type not in FUNCTION_TYPES:
            stack.extend(node.named_children)
    return False


def _config_instance(holdings, call: ts.Node) -> bool:
    """`settings = Settings()` of a settings class reading the key, `CONFIG = AppConfig(api_key=…)`,
    or `settings = ExtractSettings()` of a dataclass whose printed field defaults to the key
    (`field(default_factory=lambda: os.getenv("MISTRAL_API_KEY"))`)."""
    callee = call.child_by_field_name("function")
    return callee is not None and bool(holdings.built_with_key(call, node_text(callee), 0)
                                       or holdings.key_fields(call))


# What a schema validator parses the environment from (zod's `.parse(process.env)`, t3-env's
# `runtimeEnv: process.env`, envalid's `cleanEnv(process.env, …)`).
_ENV_SOURCES = ("process.env", "import.meta.env")
_MAX_SCHEMA_NODES = 512


def _parsed_env(holdings, call: ts.Node) -> bool:
    """An object parsed from the environment by a schema that names the key: `z.object({
    MISTRAL_API_KEY: z.string() }).parse(process.env)`, `createEnv({ server: { MISTRAL_API_KEY: … },
    runtimeEnv: process.env })`. The parsed object carries every field of its schema; a schema
    bound to a name of this module (`schema.parse(process.env)`) is followed one step."""
    if not any(source in node_text(call) for source in _ENV_SOURCES):
        return False
    stack, followed, seen = [call], 0, 0
    while stack and seen < _MAX_SCHEMA_NODES:
        node = stack.pop()
        seen += 1
        if node.type == "object" and any(is_key_name(name, holdings.mistral_file) for name in _property_names(node)):
            return True
        if node.type == "identifier" and followed < MAX_BINDINGS:
            for binding in holdings.flow.by_name.get(node_text(node), ())[:1]:
                followed += 1
                stack.append(binding.value)
        elif node.type not in FUNCTION_TYPES:
            stack.extend(node.named_children)
    return False


def _property_names(obj: ts.Node):
    for entry in obj.named_children:
        key = entry.child_by_field_name("key") if entry.type == "pair" else entry
        if key is not None and key.type in ("property_identifier", "string", "shorthand_property_identifier"):
            yield node_text(key).strip("'\"`")


_CLIENT_MARKS = (b"axios.create", b"Client(", b"Session(")


def _keyed_clients(ctx, known: dict[str, ModuleFact]):
    """Top-level HTTP clients made with the key in their headers (`export const api = axios.create(…)`,
    `client = httpx.Client(headers={"Authorization": …})`), and top-level functions returning one
    (`def make_client(): return httpx.AsyncClient(…)`, under `make_client` + `KEYED_FACTORY`)."""
    if not ctx.mentions_mistral or not any(mark in ctx.source.data for mark in _CLIENT_MARKS):
        return
    imported = ctx.project.imported if ctx.project is not None else {}
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported)

    def made_keyed(value: ts.Node) -> bool:
        return holdings.creates_keyed_instance(value) or holdings.creates_keyed_http_client(value)

    def keyed(value: ts.Node, scope: ts.Node) -> bool:
        return made_keyed(value) or holdings.keyed_after_creation(value, scope) \
            or any(made_keyed(made) for made in _bound_in(ctx.flow, value, scope))

    factories = set()
    for name, _fn, body in top_level_functions(ctx.root):
        value = next((v for v in _returned_values(body) if keyed(v, body)), None)
        if value is not None:
            factories.add(name)
            yield name + KEYED_FACTORY, _fact(ctx, KEYED_CLIENT, value, name)

    def made_by_factory(value: ts.Node) -> bool:  # `mistral_http = build_client()`
        value = unwrap(value)
        return value.type in ("call", "call_expression") and node_text(value.child_by_field_name("function")) in factories

    has_globals = ctx.language == "python" and b"global " in ctx.source.data
    for binding in ctx.flow.bindings:
        if binding.name not in known and (_top_level(binding.name_node)
                                          or has_globals and _declared_global(binding.name_node)) \
                and (keyed(binding.value, ctx.root) or factories and made_by_factory(binding.value)):
            yield binding.name, _fact(ctx, KEYED_CLIENT, binding.value, binding.name)
    if ctx.language == "python":
        for name, value in _keyed_instance_attributes(ctx.root, keyed):
            if name not in known:
                yield name, _fact(ctx, KEYED_CLIENT, value, name)


_REQUEST_METHODS = frozenset({"get", "post", "put", "patch", "delete", "request", "send"})


def _keyed_responses(ctx, known: dict[str, ModuleFact]):
    """Top-level functions returning the response of a request sent with the key in its headers
    (`return requests.post(url, headers={"Authorization": …})`, or a name bound to it): the response
    keeps the request it answers, so an importer's `resp.request.headers` shows the key. Under
    `name.request` (the `request` field of what a call gives, as `Class.attr` of an instance)."""
    if ctx.language != "python" or b"headers" not in ctx.source.data or \
            not any(mark in ctx.source.data for mark in _AUTH_MARKS):
        return
    imported = ctx.project.imported if ctx.project is not None else {}
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported)

    def keyed_request(value: ts.Node) -> bool:
        value = unwrap(value)
        fn = value.child_by_field_name("function") if value.type == "call" else None
        if fn is None or fn.type != "attribute" or node_text(fn.child_by_field_name("attribute")) not in _REQUEST_METHODS:
            return False
        headers = next((arg.child_by_field_name("value") for arg in call_args(value) if arg.type == "keyword_argument"
                        and node_text(arg.child_by_field_name("name")) == "headers"), None)
        entries = [holdings.auth_entry(c) for c in holdings.containers(headers)] if headers is not None else []
        return any(entry is not None and not OTHER_VENDOR.search(node_text(entry)) and (
            ctx.mentions_mistral or holdings.key_reason(entry)) for entry in entries)

    for name, _fn, body in top_level_functions(ctx.root):
        if name + ".request" in known:
            continue
        for value in _returned_values(body):
            made = [value, *_bound_in(ctx.flow, value, body)]
            if any(keyed_request(v) for v in made):
                yield name + ".request", _fact(ctx, KEYED_CLIENT, value, name)
                break


def _keyed_instance_attributes(root: ts.Node, keyed) -> Iterator[tuple[str, ts.Node]]:
    """`Class.attr` for a top-level class whose methods keep an HTTP client made with the key on
    the instance (`self._http = httpx.Client(headers={"Authorization": …})`), and `Class.prop` for
    a property returning it (`@property def http(self): return self._http`): an importer's
    `Class().http.headers` are the key's headers."""
    for child in root.named_children:
        cls = child.child_by_field_name("definition") if child.type == "decorated_definition" else child
        body = cls.child_by_field_name("body") if cls is not None and cls.type == "class_definition" else None
        if body is None:
            continue
        class_name = node_text(cls.child_by_field_name("name"))
        methods = [(m.child_by_field_name("definition") if m.type == "decorated_definition" else m, m)
                   for m in body.named_children if m.type in ("function_definition", "decorated_definition")]
        attributes: dict[str, ts.Node] = {}
        for method, _ in methods:
            method_body = method.child_by_field_name("body") if method is not None else None
            for attribute, right in _instance_assignments(method_body, _PYTHON_SELF, keyed):
                attributes.setdefault(attribute, right)
        for method, wrapper in methods:
            if wrapper.type != "decorated_definition" or "@property" not in node_text(wrapper)[:200]:
                continue
            body = method.child_by_field_name("body")
            returned = [v for v in _returned_values(body)
                        if v.type == "attribute" and node_text(v.child_by_field_name("object")) == "self"]
            field = node_text(returned[0].child_by_field_name("attribute")) if returned else None
            if field in attributes:
                attributes.setdefault(node_text(method.child_by_field_name("name")), attributes[field])
            elif not returned:  # `@property def headers(self): return {"Authorization": …}`
                made = next((v for v in _returned_values(body) if keyed(v, body)), None)
                if made is not None:
                    attributes.setdefault(node_text(method.child_by_field_name("name")), made)
        for attribute, value in attributes.items():
            yield f"{class_name}.{attribute}", value


_JS_CLASSES = frozenset({"class_declaration", "class"})
# (assignment node, member node, the instance's name, the member's field) per language.
_PYTHON_SELF = ("assignment", "attribute", "self", "attribute")
_JS_THIS = ("assignment_expression", "member_expression", "this", "property")


def _instance_assignments(method_body: ts.Node | None, syntax: tuple[str, str, str, str], keyed) -> Iterator[tuple[str, ts.Node]]:
    """(attribute, value) for each statement of a method's body that keeps a value `keyed`
    accepts on the instance (`self.headers = {…}`, `this.headers = {…}`)."""
    assignment_type, member_type, owner, field = syntax
    for statement in method_body.named_children if method_body is not None else ():
        assignment = statement.named_children[0] if statement.type == "expression_statement" \
            and statement.named_children else None
        left = assignment.child_by_field_name("left") if assignment is not None and \
            assignment.type == assignment_type else None
        right = assignment.child_by_field_name("right") if left is not None else None
        if left is not None and right is not None and left.type == member_type and \
                node_text(left.child_by_field_name("object")) == owner and keyed(right, method_body):
            yield node_text(left.child_by_field_name(field)), right


def _js_instance_attributes(root: ts.Node, keyed) -> Iterator[tuple[str, ts.Node]]:
    """`Class.attr` for a top-level (or exported) JavaScript/TypeScript class whose methods keep a
    value `keyed` accepts on the instance (`this.headers = { Authorization: … }`), or whose getter
    returns one (`get headers() { return { Authorization: … } }`)."""
    for child in root.named_children:
        cls = child.child_by_field_name("declaration") or child.child_by_field_name("value") \
            if child.type == "export_statement" else child
        body = cls.child_by_field_name("body") if cls is not None and cls.type in _JS_CLASSES else None
        if body is None or cls.child_by_field_name("name") is None:
            continue
        class_name = node_text(cls.child_by_field_name("name"))
        found: dict[str, ts.Node] = {}
        for method in body.named_children:
            method_body = method.child_by_field_name("body") if method.type == "method_definition" else None
            if method_body is None:
                continue
            if any(c.type == "get" for c in method.children):
                made = next((v for v in _returned_values(method_body) if keyed(v, method_body)), None)
                if made is not None:
                    found.setdefault(node_text(method.child_by_field_name("name")), made)
                continue
            for attribute, right in _instance_assignments(method_body, _JS_THIS, keyed):
                found.setdefault(attribute, right)
        for attribute, value in found.items():
            yield f"{class_name}.{attribute}", value


def _declared_global(name_node: ts.Node) -> bool:
    """`global session` then `session = …` in a function: the assignment binds the module's name."""
    fn = enclosing(name_node, {"function_definition"})
    body = fn.child_by_field_name("body") if fn is not None else None
    name = node_text(name_node)
    return body is not None and any(
        statement.type == "global_statement" and any(node_text(n) == name for n in statement.named_children)
        for statement in body.named_children)


def _bound_in(flow, value: ts.Node, scope: ts.Node) -> list[ts.Node]:
    """What a returned name was bound to inside the function (`session = aiohttp.ClientSession(…)`
    then `return session`, a `global` one too)."""
    value = unwrap(value)
    if value.type != "identifier":
        return []
    return [b.value for b in flow.by_name.get(node_text(value), ())[:MAX_BINDINGS]
            if scope.start_byte <= b.name_node.start_byte and b.name_node.end_byte <= scope.end_byte]


def _keyed_error_raisers(ctx):
    """Top-level functions whose axios request carries the key (a keyed instance, a keyed config)
    and whose axios error escapes to the caller (`const { data } = await api.post(…)` in no `try`):
    under `name` + `KEYED_ERRORS`. The module may name no axios: it sends through an instance
    imported ready-made (`mistralHttp.post(…)`)."""
    if ctx.language not in ECMA_LANGUAGES or not ctx.mentions_mistral:
        return
    imported = ctx.project.imported if ctx.project is not None else {}
    if b"axios" not in ctx.source.data and not any(fact.kind == KEYED_CLIENT for fact in imported.values()):
        return
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported)
    for name, _fn, body in top_level_functions(ctx.root):
        call = next((c for c in holdings.keyed_axios_requests(body, strict=True) if error_escapes(c, body)), None)
        if call is not None:
            yield name + KEYED_ERRORS, _fact(ctx, RAISES_KEYED_ERROR, call, name)


_DICTS = frozenset({"dictionary", "object"})
_AUTH_MARKS = (b"uthorization", b"AUTHORIZATION", b"api-key", b"Api-Key", b"API-KEY")


def _keyed_headers(ctx, known: dict[str, ModuleFact]):
    """Top-level headers dicts with an Authorization or API-key value in a module that names
    Mistral (`MISTRAL_HEADERS = {"Authorization": f"Bearer {KEY}"}`): an importer that logs one
    logs the key (MK004). In a module that names no provider, only the builders handed the key
    (`_handed_key_builders`)."""
    if not any(mark in ctx.source.data for mark in _AUTH_MARKS):
        return
    imported = ctx.project.imported if ctx.project is not None else {}
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported)
    if not ctx.mentions_mistral:
        yield from _handed_key_builders(ctx, holdings, known)
        return
    for binding in ctx.flow.bindings:
        value = unwrap(binding.value)
        if binding.name not in known and value.type in _DICTS and _top_level(binding.name_node) \
                and not OTHER_VENDOR.search(binding.name):
            detail = _keyed_headers_detail(holdings, value)
            if detail is not None:
                yield binding.name, replace(_fact(ctx, KEYED_HEADERS, value, binding.name), detail=detail)
    def keyed_dict(value: ts.Node, _scope: ts.Node) -> bool:
        value = unwrap(value)
        return value.type in _DICTS and _keyed_headers_detail(holdings, value) is not None
    if b"this." in ctx.source.data or b"self." in ctx.source.data:
        attributes = _keyed_instance_attributes if ctx.language == "python" else _js_instance_attributes
        for name, value in attributes(ctx.root, keyed_dict):
            if name not in known and not OTHER_VENDOR.search(name):
                # `self.headers = {"Authorization": …}` in a hook or service class: `hook.headers`
                detail = _keyed_headers_detail(holdings, unwrap(value))
                yield name, replace(_fact(ctx, KEYED_HEADERS, value, name), detail=detail)
    for name, _fn, body in top_level_functions(ctx.root):
        if name in known and known[name].kind != REACHES_MISTRAL or OTHER_VENDOR.search(name):
            continue  # `github_headers()`: another service's token
        for value in _returned_values(body):
            detail = next(filter(None, (_keyed_headers_detail(holdings, c) for c in holdings.containers(value))), None)
            if detail is not None:
                yield name, replace(_fact(ctx, RETURNS_HEADERS, value, name), detail=detail)
                break
            yield from _keyed_fields(ctx, holdings, name, value)


_MAX_ELEMENTS = 8


def _keyed_fields(ctx, holdings, name: str, value: ts.Node):
    """The fields of a returned object that hold keyed headers or request options (`return { url,
    options: { headers: { Authorization: … } } }`): under `name.().field`, which follows the import
    as `Class.method` does, so an importer's `const { options } = buildRequest(…)` holds them. An
    element of a returned tuple or array (`return URL, {"Authorization": …}`) goes under
    `name.().[i]`, for `url, headers = build_request()`."""
    value = unwrap(value)
    if value.type in ("expression_list", "tuple", "array"):
        for position, element in enumerate(value.named_children[:_MAX_ELEMENTS]):
            detail = next(filter(None, (_keyed_headers_detail(holdings, c) for c in holdings.containers(element))), None)
            if detail is not None:
                yield f"{name}{KEYED_FACTORY}.[{position}]", replace(_fact(ctx, RETURNS_HEADERS, element, name), detail=detail)
        return
    for container in holdings.containers(value)[:MAX_BINDINGS]:
        for pair in container.named_children:
            key, field_value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type != "pair" or key is None or field_value is None:
                continue
            detail = next(filter(None, (_keyed_headers_detail(holdings, c) for c in holdings.containers(field_value))), None)
            if detail is not None:
                field = node_text(key).strip("'\"`")
                yield f"{name}{KEYED_FACTORY}.{field}", replace(_fact(ctx, RETURNS_HEADERS, field_value, name), detail=detail)


def _handed_key_builders(ctx, holdings, known: dict[str, ModuleFact]):
    """Top-level functions returning headers (or request options whose headers are such) with an
    Authorization or API-key value, in a module that names no provider: generic builders. One
    whose value is made from a parameter (`buildHeaders(key)`) is judged where a call of it is
    given a key (`HANDED_DETAIL`); one whose value comes from elsewhere (an imported token, a
    generic env variable) where its result is sent to a Mistral URL (`SENT_DETAIL`)."""
    for name, fn, body in top_level_functions(ctx.root):
        if name in known or OTHER_VENDOR.search(name):
            continue
        params = _parameter_names(fn)
        for value in _returned_values(body):
            containers = holdings.containers(value)
            if params and any(_auth_from(holdings, c, params) for c in containers):
                yield name, replace(_fact(ctx, RETURNS_HEADERS, value, name), detail=HANDED_DETAIL)
                break
            if any(_keyed_headers_detail(holdings, c) for c in containers):
                yield name, replace(_fact(ctx, RETURNS_HEADERS, value, name), detail=SENT_DETAIL)
                break


def _imported_key_builders(ctx):
    """Top-level functions returning headers (or request options whose headers are such) with an
    Authorization or API-key value made from an imported name (`authHeaders()` with `Bearer
    ${SERVICE_TOKEN}`): `CARRIES_KEY` under `name` + `CARRIES_MARK`, the names in its `detail`.
    Whether that name is the Mistral key is decided where a caller sends the result."""
    imported = ctx.project.imported if ctx.project is not None else {}
    if not imported or not any(mark in ctx.source.data for mark in _AUTH_MARKS):
        return
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported)
    for binding in ctx.flow.bindings:  # `export const AUTH_HEADERS = { Authorization: … }`
        value = unwrap(binding.value)
        if value.type in _DICTS and binding.name_node.type == "identifier" and _top_level(binding.name_node) \
                and not OTHER_VENDOR.search(binding.name):
            traced = _carried_name(ctx, holdings, value, imported)
            if traced is not None:
                yield binding.name + CARRIES_MARK, replace(_fact(ctx, CARRIES_KEY, value, binding.name),
                                                           detail=node_text(traced))
    for name, _fn, body in top_level_functions(ctx.root):
        if OTHER_VENDOR.search(name):
            continue  # `githubHeaders()`: another service's token
        carried = {node_text(traced) for value in _returned_values(body) for c in holdings.containers(value)[:_MAX_TRACE]
                   for traced in [_carried_name(ctx, holdings, c, imported)] if traced is not None}
        if carried:
            node = next(_returned_values(body), body)
            yield name + CARRIES_MARK, replace(_fact(ctx, CARRIES_KEY, node, name), detail=",".join(sorted(carried)))


def _carried_name(ctx, holdings, container: ts.Node, imported) -> ts.Node | None:
    """The imported name the container's Authorization value (or its `headers` entry's) is made of."""
    value = holdings.auth_entry(container)
    if value is None:
        headers = holdings.member_value(container, "headers")
        value = next(filter(None, map(holdings.auth_entry, holdings.containers(headers))), None) \
            if headers is not None else None
    if value is None or value == container or OTHER_VENDOR.search(node_text(value)):
        return None
    return _traced_to_import(ctx, value, imported)


_MAX_KEY_FUNCTIONS = 32  # top-level functions of one module looked at for a key parameter
_CONSTRUCTORS = frozenset({"__init__", "constructor"})


def _key_parameters(ctx):
    """Top-level functions that send one of their parameters to Mistral as the key (a client made
    with it, a Bearer header of a request to api.mistral.ai), and classes whose constructor does, or
    keeps it on the instance for a method that does (`self.api_key = api_key`, TypeScript's
    `constructor(private apiKey: string)`): `KEY_PARAMETER` under `name` + `KEY_PARAMETER_MARK`,
    "<position>:<parameter>" as its `detail`."""
    if not ctx.mentions_mistral:
        return
    # (start, end, owner, its parameters, instance fields holding one of them by field name)
    spans = [(fn.start_byte, fn.end_byte, name, _positional_parameters(fn), {})
             for name, fn, _body in top_level_functions(ctx.root)][:_MAX_KEY_FUNCTIONS]
    spans += _class_spans(ctx)
    spans = [span for span in spans if span[3]]
    if not spans:
        return
    found: dict[str, ModuleFact] = {}

    def on_value(sink, value: ts.Node) -> None:
        owner = next((span for span in spans if span[0] <= value.start_byte < span[1]), None)
        if owner is None or not sink.strong or owner[2] + KEY_PARAMETER_MARK in found:
            return
        _start, _end, name, params, fields = owner
        param = _parameter_in(value, params, fields)
        if param is not None:
            position = params.index(param)
            found[name + KEY_PARAMETER_MARK] = replace(_fact(ctx, KEY_PARAMETER, value, name), detail=f"{position}:{param}")

    for _ in HardcodedKey(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, on_value=on_value).sinks():
        pass
    yield from found.items()


def _class_spans(ctx) -> list[tuple[int, int, str, list[str], dict[str, str]]]:
    """The methods of top-level classes, each with its class's constructor parameters and the
    instance fields the constructor sets from them."""
    methods = list(class_methods(ctx.root))[:_MAX_KEY_FUNCTIONS * 2]
    constructors = {cls: fn for cls, method, fn, _body in methods if method in _CONSTRUCTORS}
    out = []
    for cls, fn in constructors.items():
        params = _positional_parameters(fn)
        fields = _constructor_fields(fn, params) if params else {}
        for owner, _method, method_fn, _body in methods:
            if owner == cls and (method_fn == fn or fields):
                out.append((method_fn.start_byte, method_fn.end_byte, cls, params, fields))
    return out


def _constructor_fields(fn: ts.Node, params: list[str]) -> dict[str, str]:
    """Instance fields a constructor sets from its parameters: `self.api_key = api_key` (also with
    a fallback), `this.key = key`, TypeScript parameter properties (`private readonly apiKey`)."""
    fields: dict[str, str] = {}
    plist = fn.child_by_field_name("parameters")
    for param in plist.named_children if plist is not None else ():
        pattern = param.child_by_field_name("pattern")
        if pattern is not None and pattern.type == "identifier" and any(
                c.type in ("accessibility_modifier", "readonly") or node_text(c) == "readonly" for c in param.children):
            fields[node_text(pattern)] = node_text(pattern)
    body = fn.child_by_field_name("body")
    stack, seen = [body] if body is not None else [], 0
    while stack and seen < _MAX_CALLS:
        node, seen = stack.pop(), seen + 1
        if node.type in ("assignment", "assignment_expression"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            attr = _instance_attribute(left) if left is not None else None
            param = _parameter_in(right, params) if attr is not None and right is not None else None
            if param is not None:
                fields.setdefault(attr, param)
        elif node.type not in FUNCTION_TYPES or node == body:
            stack.extend(node.named_children)
    return fields


def _instance_attribute(node: ts.Node) -> str | None:
    """`x` for `self.x` / `this.x`."""
    obj = node.child_by_field_name("object") if node.type in ("attribute", "member_expression") else None
    attr = node.child_by_field_name("attribute") or node.child_by_field_name("property") if obj is not None else None
    return node_text(attr) if obj is not None and attr is not None and node_text(obj) in ("self", "this") else None


def _positional_parameters(fn: ts.Node) -> list[str]:
    """The names of a function's plain positional parameters, in order (`apiKey: string`, `api_key:
    str = None`); a destructured or rest parameter holds no place a caller's argument names."""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    if params is None:
        return []
    if params.type == "identifier":  # `key => …`
        return [node_text(params)]
    names = []
    for param in params.named_children[:8]:
        if not names and node_text(param) in ("self", "cls") and param.type == "identifier":
            continue  # a Python method's instance: the caller does not pass it
        node = param.child_by_field_name("pattern") or param.child_by_field_name("name") \
            or (param.named_children[0] if param.type in ("typed_parameter", "typed_default_parameter", "default_parameter")
                and param.named_children else param)
        names.append(node_text(node) if node is not None and node.type == "identifier" else "")
    return names


def _parameter_in(value: ts.Node, params: list[str], fields: dict[str, str] | None = None,
                  depth: int = 0) -> str | None:
    """The parameter a key value is, or falls back to, or is spelled in (`apiKey`, `key ?? env`,
    `Bearer ${key}`), also through an instance field that holds it (`self.api_key`)."""
    value = unwrap(value)
    if value.type in ("identifier", "shorthand_property_identifier") and node_text(value) in params:
        return node_text(value)
    attr = _instance_attribute(value) if fields else None
    if attr is not None and attr in fields:
        return fields[attr]
    if depth >= 2:
        return None
    for part in _fallback_operands(value) + _interpolated(value):
        found = _parameter_in(part, params, fields, depth + 1)
        if found is not None:
            return found
    return None


def _parameter_names(fn: ts.Node) -> frozenset[str]:
    """The names a function's parameters bind (`key`, `{ key }`, `key: str`); type annotations
    are not names."""
    params = fn.child_by_field_name("parameters") or fn.child_by_field_name("parameter")
    names, stack = set(), [params] if params is not None else []
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier_pattern"):
            names.add(node_text(node))
        elif node.type not in ("type", "type_annotation"):
            stack.extend(node.named_children)
    return frozenset(names)


def _auth_from(holdings, container: ts.Node, params: frozenset[str]) -> bool:
    """The container's Authorization value (or its `headers` entry's) names one of `params`."""
    value = holdings.auth_entry(container)
    if value is None:
        headers = holdings.member_value(container, "headers")
        value = next(filter(None, map(holdings.auth_entry, holdings.containers(headers))), None) \
            if headers is not None else None
    if value is None or OTHER_VENDOR.search(node_text(value)):
        return False
    stack = [value]
    while stack:
        node = stack.pop()
        if node.type == "identifier" and node_text(node) in params:
            return True
        stack.extend(node.named_children)
    return False


def _keyed_headers_detail(holdings, container: ts.Node) -> str | None:
    """"headers" for a dict with an Authorization (or API-key) value, "options" for request
    options whose `headers` entry is one, None otherwise."""
    if holdings.auth_container(container):
        return HEADERS_DETAIL
    headers = holdings.member_value(container, "headers")
    if headers is not None and any(holdings.auth_container(c) for c in holdings.containers(headers)):
        return OPTIONS_DETAIL
    return None


def _key_classes(ctx, known: dict[str, ModuleFact]):
    """Top-level Python classes with the key among their attributes (a Flask `Config`): an app
    config loaded from one holds the key. A class whose instances print their fields (a dataclass,
    a settings model) with the key among them is also `HOLDS_KEY` under `Class` + `KEYED_FACTORY`,
    with those fields as `detail`: what a call of it gives holds the key."""
    if ctx.language != "python":
        return
    holdings = None
    for child in ctx.root.named_children:
        node = child.child_by_field_name("definition") if child.type == "decorated_definition" else child
        if node is None or node.type != "class_definition":
            continue
        name = node_text(node.child_by_field_name("name"))
        if name in known:
            continue
        if holdings is None:
            imported = ctx.project.imported if ctx.project is not None else {}
            holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported)
        if holdings.class_holds_key(node):
            yield name, _fact(ctx, HOLDS_KEY, node, name)
        printed = [field for field, (holds, hidden) in holdings.class_fields.get(name, {}).items() if holds and not hidden]
        if printed:  # `cfg = TriageConfig()` in an importer: `print(vars(cfg))` shows these fields
            yield name + KEYED_FACTORY, replace(_fact(ctx, HOLDS_KEY, node, name), detail=",".join(printed))


def _endpoints(ctx, known: dict[str, ModuleFact]):
    """Top-level constants holding a Mistral API URL (`MISTRAL_CHAT_URL = "https://api.mistral.ai/…"`)."""
    for binding in ctx.flow.bindings:
        if binding.name in known or not _top_level(binding.name_node):
            continue
        if binding.value.type not in ("string", "template_string", "binary_expression", "binary_operator"):
            continue
        value = ctx.flow.static_string(binding.value)
        if value and MISTRAL_HOST.search(value) or value is None and reaches_mistral(ctx.flow, binding.value):
            # the second: made from another constant (`` `${MISTRAL_BASE}/chat/completions` ``)
            yield binding.name, _fact(ctx, MISTRAL_ENDPOINT, binding.value, binding.name)
    yield from _endpoint_fields(ctx, known)
    yield from _endpoint_instances(ctx, known)
    yield from _litellm_models(ctx, known)


def _litellm_models(ctx, known: dict[str, ModuleFact]):
    """Top-level constants holding a litellm `mistral/` model id (`DEFAULT_MODEL = "mistral/…"`)."""
    if b"mistral/" not in ctx.source.data:
        return
    for binding in ctx.flow.bindings:
        literal = litellm_model_literal(binding.value)
        if binding.name in known or not _top_level(binding.name_node) or literal is None:
            continue
        value = ctx.flow.static_string(literal)
        if value and value.startswith("mistral/"):
            yield binding.name, _fact(ctx, MISTRAL_MODEL, binding.value, binding.name)


def _endpoint_instances(ctx, known: dict[str, ModuleFact]):
    """Top-level HTTP client instances with their base URL on api.mistral.ai (`export const api =
    axios.create({ baseURL })`): a request an importer sends through one calls Mistral (MK002).
    One made with the key in its headers keeps its `KEYED_CLIENT` fact (MK004), its `detail`
    saying that it is a Mistral endpoint too."""
    if ctx.language not in ECMA_LANGUAGES or b".create(" not in ctx.source.data and b".extend(" not in ctx.source.data:
        return
    for call in calls_in(ctx):
        name = instance_name(call)
        if name is None or "." in name or not _top_level(call.node):
            continue
        if name not in known:
            yield name, _fact(ctx, MISTRAL_ENDPOINT, call.node, name)
        elif known[name].kind == KEYED_CLIENT and known[name].detail != MISTRAL_ENDPOINT:
            yield name, replace(known[name], detail=MISTRAL_ENDPOINT)


def _endpoint_fields(ctx, known: dict[str, ModuleFact]):
    """String fields of a top-level object literal holding a Mistral API URL, by dotted name: an
    Angular `environment = { assistantUrl: "https://api.mistral.ai/…" }` read as `environment.assistantUrl`.
    An object that holds the key too (`config = { endpoint, apiKey }`) keeps its fact under its own
    name: its fields' facts are under theirs."""
    if ctx.language not in ECMA_LANGUAGES:
        return
    for binding in ctx.flow.bindings:
        if binding.value.type != "object" or not _top_level(binding.name_node):
            continue
        for pair in binding.value.named_children:
            key, value = pair.child_by_field_name("key"), pair.child_by_field_name("value")
            if pair.type != "pair" or key is None or value is None or value.type not in ("string", "template_string"):
                continue
            text = ctx.flow.static_string(value)
            field = node_text(key).strip("'\"")
            if text and MISTRAL_HOST.search(text) and f"{binding.name}.{field}" not in known:
                yield f"{binding.name}.{field}", _fact(ctx, MISTRAL_ENDPOINT, value, f"{binding.name}.{field}")


def _secret_fields(ctx):
    """Settings fields typed `SecretStr`: an object holding them logs them masked."""
    if ctx.language != "python" or b"SecretStr" not in ctx.source.data:
        return
    for node in typed_fields(ctx.root):
        name, annotation = node.child_by_field_name("left"), node.child_by_field_name("type")
        if name is not None and annotation is not None and "SecretStr" in node_text(annotation):
            yield f"{SECRET_FIELD}:{node_text(name)}", _fact(ctx, SECRET_FIELD, node, node_text(name))


def _returned_values(body: ts.Node):
    if body.type not in ("block", "statement_block"):
        yield body  # an arrow function's expression body
        return
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type == "return_statement" and node.named_children:
            yield node.named_children[0]
        elif node.type not in SCOPE_TYPES:
            stack.extend(node.named_children)


def _fact(ctx, kind: str, node: ts.Node, name: str) -> ModuleFact:
    start = ctx.source.span(node.start_byte, node.end_byte).start
    return ModuleFact(kind, ctx.path, start.line, start.character, detail=name)


def _reexported(ctx):
    """`export { x } from "./m"` / `from .m import x` in an `__init__`: the imported fact, kept."""
    imported = ctx.project.imported if ctx.project is not None else {}
    for name, fact in imported.items():
        if fact.kind in (REACHES_MISTRAL, CATCHES_MISTRAL, MISTRAL_OBJECT, RETURNS_KEY, KEY_VALUE, RETURNS_HOLDER, HOLDS_KEY,
                         MISTRAL_ENDPOINT, MISTRAL_MODEL, KEYED_CLIENT, KEYED_HEADERS, RETURNS_HEADERS,
                         RAISES_KEYED_ERROR, FORWARDS_ERRORS, ESCAPES_ASYNC_ROUTE, SENDS_ERROR_ARG):
            yield name, fact


def _top_level(name_node: ts.Node) -> bool:
    return enclosing(name_node, SCOPE_TYPES) is None



def key_uses(ctx) -> dict[str, ModuleFact]:
    """Imported names this module passes to a Mistral client as the key (`MistralAI(api_key=TOKEN)`
    with `TOKEN` from another module): the place of each use, by local name."""
    imported = ctx.project.imported if ctx.project is not None else {}
    if ctx.tree is None:
        return {}
    found: dict[str, ModuleFact] = dict(_defined_globals_sent(ctx))
    found.update(_page_globals_sent(ctx))
    found.update({name: fact for name, fact in _shipped_config_sent(ctx) if name not in found})
    if not imported:
        return found

    def on_value(sink, value: ts.Node) -> None:
        value = _traced_to_import(ctx, value, imported) or value
        field = _subscript_field(value, imported)
        name = field or _instance_field(ctx, value, imported) or \
            ctx.source.data[value.start_byte:value.end_byte].decode("utf-8", "replace")
        # `new Mistral({ apiKey })`: the shorthand property names the imported binding itself.
        if sink.strong and name not in found and (field or value.type in _NAME_NODES and name in imported or
                                                  _module_member(value, name, imported)):
            found[name] = _fact(ctx, KEY_USE, value, sink.describe)

    analysis = HardcodedKey(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, on_value=on_value,
                            targets=imported)
    for _ in analysis.sinks():
        pass
    found.update({name: fact for name, fact in _sent_to_mistral(ctx, imported) if name not in found})
    found.update(_carried_sent(ctx, imported))
    found.update(_keyed_arguments(ctx, imported))
    found.update(_handed_hooks(ctx, imported))
    return found


_MAX_CALLS = 2000
_NAME_NODES = frozenset({"identifier", "shorthand_property_identifier"})


def _keyed_arguments(ctx, imported):
    """Headers or request options with the key handed to an imported function (`trace("mistral",
    init)` with `init.headers` holding the Bearer key): `trace.(arg1)` -> where, for the module
    that defines it, whose parameter then holds them."""
    if not ctx.mentions_mistral or not any(mark in ctx.source.data for mark in _AUTH_MARKS):
        return
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported)
    stack, seen = [ctx.root], 0
    while stack and seen < _MAX_CALLS:
        node = stack.pop()
        seen += 1
        stack.extend(node.named_children)
        fn = node.child_by_field_name("function") if node.type in ("call", "call_expression") else None
        if fn is None or fn.type != "identifier" or node_text(fn) not in imported:
            continue
        positional = [a for a in call_args(node) if a.type not in ("keyword_argument", "spread_element")]
        for position, arg in enumerate(positional[:8]):
            detail = next(filter(None, (_keyed_headers_detail(holdings, c) for c in holdings.containers(arg))), None)
            if detail is not None:
                name = f"{node_text(fn)}{KEYED_ARGUMENT_MARK}{position})"
                yield name, replace(_fact(ctx, KEYED_ARGUMENT, arg, node_text(fn)), detail=detail)


_HOOK_HOLDERS = frozenset({"list", "array", "argument_list", "arguments"})


def _handed_hooks(ctx, imported):
    """Imported functions this module hands to a client made with the key as request hooks, or
    whose result it hands (`trace_configs=[trace_config()]`): `name` + `HOOKED_MARK` -> where, for
    the module that defines them, whose hooks then see the key's requests."""
    if not ctx.mentions_mistral or not any(mark in ctx.source.data for mark in _AUTH_MARKS):
        return
    holdings = Holdings(ctx.language, ctx.root, ctx.flow, ctx.mentions_mistral, imported)
    stack, seen = [ctx.root], 0
    while stack and seen < _MAX_CALLS:
        node = stack.pop()
        seen += 1
        stack.extend(node.named_children)
        if node.parent is None or node.parent.type not in _HOOK_HOLDERS:
            continue  # a hook is handed in a list (`[hook]`, `[trace_config()]`) or registered (`.append(hook)`)
        fn = node.child_by_field_name("function") if node.type in ("call", "call_expression") else None
        name = node_text(fn) if fn is not None and fn.type == "identifier" else \
            node_text(node) if node.type == "identifier" else None
        if name is None or name not in imported or name + HOOKED_MARK in imported:
            continue
        verdict = holdings.hook_attachment(node)
        if verdict is not None:  # "": an outgoing client without the key (its hook sees no incoming request)
            detail = ("" if verdict else HOOKED_PLAIN) + (HOOKED_CALL if fn is not None else "hook")
            yield name + HOOKED_MARK, replace(_fact(ctx, KEYED_ARGUMENT, node, name), detail=detail)


# Calls that hand on the key they are given (Haystack's `Secret.from_token`, `SecretStr`) or one
# key of the pool they are given (`next(cycle(KEYS))`, `random.choice(KEYS)`).
_KEY_WRAPPERS = frozenset({"from_token", "SecretStr", "str", "next", "choice", "cycle", "iter"})
_MAX_TRACE = 4


def _traced_to_import(ctx, value: ts.Node, imported, depth: int = 0) -> ts.Node | None:
    """The imported name (or `module.NAME`) a key value comes from through such wrappers and this
    module's own names: `Secret.from_token(LLM_TOKEN)`, `next(_keys)` with `_keys = cycle(KEYS)`."""
    if value.type in ("identifier", "attribute", "member_expression", "shorthand_property_identifier") and (
            node_text(value) in imported or _module_member(value, node_text(value), imported)) \
            or _subscript_field(value, imported):
        return value
    if depth >= _MAX_TRACE:
        return None
    if value.type == "identifier":
        for binding in ctx.flow.by_name.get(node_text(value), ())[:_MAX_TRACE]:
            traced = _traced_to_import(ctx, binding.value, imported, depth + 1) \
                if binding.name_node != value else None
            if traced is not None:
                return traced
    for operand in _fallback_operands(value) + _interpolated(value):
        # `stored_key or config.FALLBACK`: either may be the key; `f"Bearer {TOKEN}"`: the name in it
        traced = _traced_to_import(ctx, operand, imported, depth + 1)
        if traced is not None:
            return traced
    fn = value.child_by_field_name("function") if value.type == "call" else None
    args = value.child_by_field_name("arguments") if fn is not None else None
    positional = [a for a in args.named_children if a.type not in ("keyword_argument", "comment")] if args else []
    if fn is not None and node_text(fn).rpartition(".")[2] in _KEY_WRAPPERS and positional:
        return _traced_to_import(ctx, positional[0], imported, depth + 1)
    if fn is not None and args is not None and not args.named_children and fn.type in ("identifier", "attribute") \
            and (node_text(fn) in imported or _module_member(fn, node_text(fn), imported)):
        return fn  # `get_token()`: what the imported getter returns
    return None


_FALLBACK_OPERATORS = frozenset({"or", "||", "??"})
_MAX_PARTS = 4


def _interpolated(value: ts.Node) -> list[ts.Node]:
    """The expressions a header value is made of besides its text: `f"Bearer {TOKEN}"`,
    `"Bearer " + TOKEN` (at most a few)."""
    if value.type in ("string", "template_string"):
        return [part.named_children[0] for part in value.named_children[:_MAX_PARTS * 2]
                if part.type in ("interpolation", "template_substitution") and part.named_children][:_MAX_PARTS]
    if value.type in ("binary_operator", "binary_expression") and node_text(value.child_by_field_name("operator")) == "+":
        return [side for side in (value.child_by_field_name("left"), value.child_by_field_name("right"))
                if side is not None and side.type not in ("string", "template_string")]
    return []


def _fallback_operands(value: ts.Node) -> list[ts.Node]:
    """The values an `a or b` (`a || b`, `a ?? b`) or a conditional expression may give."""
    if value.type in ("boolean_operator", "binary_expression"):
        operator = value.child_by_field_name("operator")
        if operator is None or node_text(operator) not in _FALLBACK_OPERATORS:
            return []
        return [side for side in (value.child_by_field_name("left"), value.child_by_field_name("right")) if side]
    if value.type in ("conditional_expression", "ternary_expression"):
        return value.named_children[1:] if value.type == "ternary_expression" else value.named_children[:1] + \
            value.named_children[2:]
    return []


def _subscript_field(value: ts.Node, imported) -> str | None:
    """`CONFIG.token` for Python's `CONFIG["token"]` with `CONFIG` an imported dict (the module
    defining it reads its fields by that dotted name)."""
    if value.type != "subscript":
        return None
    obj, index = value.child_by_field_name("value"), value.child_by_field_name("subscript")
    if obj is None or index is None or obj.type != "identifier" or node_text(obj) not in imported \
            or index.type != "string" or index.named_children and any(
                c.type == "interpolation" for c in index.named_children):
        return None
    field = name_of(index)
    return f"{node_text(obj)}.{field}" if field.isidentifier() else None


def _instance_field(ctx, value: ts.Node, imported) -> str | None:
    """`LLMConfig.key` for `cfg.key` with `cfg = LLMConfig()` in this module and `LLMConfig` an
    imported class: the class's field default is what reaches the client."""
    if ctx.language != "python" or value.type != "attribute":
        return None
    obj, field = value.child_by_field_name("object"), value.child_by_field_name("attribute")
    cls = _annotated_class(obj) if obj is not None and obj.type == "identifier" else None
    if cls is None and obj is not None and obj.type == "identifier":
        bound = [b.value for b in ctx.flow.by_name.get(node_text(obj), ())[:_MAX_TRACE]]
        obj = bound[0] if len(bound) == 1 else None
    fn = obj.child_by_field_name("function") if obj is not None and obj.type == "call" else None
    cls = cls or (fn if fn is not None and fn.type == "identifier" else None)
    if cls is None or node_text(cls) not in imported or field is None:
        return None
    return f"{node_text(cls)}.{node_text(field)}"


def _annotated_class(name: ts.Node) -> ts.Node | None:
    """`LLMConfig` for `cfg` in `def build(cfg: LLMConfig): …`: the class its parameter is typed as."""
    function = enclosing(name, frozenset({"function_definition"}))
    params = function.child_by_field_name("parameters") if function is not None else None
    for param in params.named_children if params is not None else ():
        first = param.named_children[0] if param.type in ("typed_parameter", "typed_default_parameter") \
            and param.named_children else None
        kind = param.child_by_field_name("type")
        if first is not None and node_text(first) == node_text(name) and kind is not None:
            return kind.named_children[0] if kind.named_children and kind.named_children[0].type == "identifier" \
                else None
    return None


def _module_member(value: ts.Node, name: str, imported) -> bool:
    """`m.TOKEN` with `m` an imported module object (the project view maps it back to TOKEN)."""
    return value.type in ("attribute", "member_expression") and name.count(".") == 1 and \
        name.split(".", 1)[0] in imported


def _defined_globals_sent(ctx):
    """Build-time globals this module sends to Mistral as the key (`Bearer ${__ASSIST_TOKEN__}`),
    by `define:NAME`: the bundler config that defines one inlines its value into the bundle."""
    if ctx.language not in ECMA_LANGUAGES or not ctx.mentions_mistral:  # a bundle's __webpack_require__: no walk
        return
    names = {m.decode() for m in DEFINED_GLOBAL.findall(ctx.source.data)}
    if not names:
        return
    reach = Reach(ctx.root, calls_in(ctx))
    for name in sorted(names)[:16]:
        sent = next((use for use in reach.uses(name)[:8] if reach.reaches(use, name)), None)
        if sent is not None:
            yield DEFINE_PREFIX + name, _fact(ctx, KEY_USE, sent, "sent to Mistral as the key")


_MAX_SHIPPED_READS = 64


def _shipped_config_sent(ctx):
    """Fields of a config the framework hands browser code (`SHIPPED_READS`) that this module
    sends to Mistral as the key: `siteConfig.customFields.token`, a name destructured from
    `siteConfig.customFields`, Stencil's `Env.token`; as `define:NAME`, for the config to learn."""
    data = ctx.source.data
    if ctx.language not in ECMA_LANGUAGES or not ctx.mentions_mistral or not any(m in data for m in SHIPPED_READS):
        return
    reach = Reach(ctx.root, calls_in(ctx))
    for name, read, bound in _shipped_reads(ctx.root)[:_MAX_SHIPPED_READS]:
        if reach.reaches(read, bound):
            yield DEFINE_PREFIX + name, _fact(ctx, KEY_USE, read, "sent to Mistral as the key")


def _shipped_reads(root: ts.Node) -> list[tuple[str, ts.Node, str | None]]:
    """(field, the read, the name it is bound to when destructured) of each read of a shipped
    config field: `X.customFields.NAME`, `Env.NAME`, `const { NAME } = X.customFields`."""
    out, stack = [], [root]
    while stack and len(out) < _MAX_SHIPPED_READS:
        node = stack.pop()
        if node.type == "member_expression":
            obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
            owner = node_text(obj) if obj is not None else ""
            if prop is not None and (owner == "Env" or owner.endswith(".customFields") or owner == "customFields"):
                out.append((node_text(prop), node, None))
        elif node.type == "variable_declarator":
            pattern, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if pattern is not None and pattern.type == "object_pattern" and value is not None and \
                    node_text(value).endswith("customFields"):
                for field in pattern.named_children:
                    if field.type == "shorthand_property_identifier_pattern":
                        out.append((node_text(field), field, node_text(field)))
        stack.extend(node.named_children)
    return out


# `window.APP_CONFIG.key`, `globalThis.SETTINGS.token`, and `SITE.token` of an upper-case name:
# a global another script of the page defines (read in the bytes first; at most a few are tried).
_WINDOW_GLOBAL = re.compile(rb"\b(?:window|globalThis|self)\.([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?")
_UPPER_GLOBAL = re.compile(rb"(?<![\w$.])([A-Z][A-Z0-9_]{2,})\.([A-Za-z_$][\w$]*)")
_MAX_GLOBALS = 16
_BUILT_IN_GLOBALS = frozenset({b"JSON", b"URL", b"CSS", b"DOM", b"XML", b"HTML", b"BigInt", b"NaN"})


def _page_globals_sent(ctx):
    """Globals this classic script sends to Mistral as the key (`"Bearer " + window.APP_CONFIG.key`,
    `SITE.token` that no statement here declares): by `PAGE_GLOBAL_PREFIX` and the dotted name
    without `window.`; the page that loads this script and the one defining it links the two."""
    data = ctx.source.data
    if ctx.language not in ECMA_LANGUAGES or not ctx.mentions_mistral or is_generated(data):
        return  # a bundle's `window.…` reads are many, and nobody edits it
    wanted = {(m.group(1).decode(), m.group(2).decode() if m.group(2) else None, True)
              for m in _WINDOW_GLOBAL.finditer(data)}
    wanted |= {(m.group(1).decode(), m.group(2).decode(), False) for m in _UPPER_GLOBAL.finditer(data)
               if m.group(1).decode() not in ctx.flow.by_name and m.group(1) not in _BUILT_IN_GLOBALS}
    calls = calls_in(ctx) if wanted else []
    if not calls:
        return
    reach = Reach(ctx.root, calls)
    for name, field, on_window in sorted(wanted, key=str)[:_MAX_GLOBALS]:
        for use in _global_reads(reach, name, field, on_window):
            if reach.reaches(use):
                dotted = f"{name}.{field}" if field else name
                yield PAGE_GLOBAL_PREFIX + dotted, _fact(ctx, KEY_USE, use, "sent to Mistral as the key")
                break


def _global_reads(reach, name: str, field: str | None, on_window: bool) -> list[ts.Node]:
    """The member expressions reading `window.name.field` (or `name.field`), at most a few."""
    out = []
    for ident in reach.uses("window" if on_window else name)[:_MAX_GLOBALS]:
        node = ident.parent
        if on_window:
            if node is None or node.type != "member_expression" or node.child_by_field_name("object") != ident \
                    or node_text(node.child_by_field_name("property")) != name:
                continue
            node = node.parent if field else node
        if field:
            if node is None or node.type != "member_expression" or node_text(node.child_by_field_name("property")) != field:
                continue
        out.append(node)
    return out


def _sent_to_mistral(ctx, imported):
    """Imported names whose value this module sends to Mistral as the key (an `Authorization`
    header of a request to api.mistral.ai, a client option): MK003 for a public variable read there."""
    if ctx.language not in ECMA_LANGUAGES:
        return
    reach = Reach(ctx.root, calls_in(ctx))
    for name in imported:
        uses = reach.uses(name)
        if uses and reach.reaches(uses[0], name):
            yield name, _fact(ctx, KEY_USE, uses[0], "sent to Mistral as the key")
        elif uses:
            yield from _fields_sent(ctx, reach, uses)


def _carried_sent(ctx, imported):
    """Imported functions that return headers carrying an imported name (`CARRIES_KEY`), or such
    headers constants, whose result (value) this module sends to Mistral as a request's headers (`{ headers: authHeaders() }`,
    `const headers = authHeaders()` then `fetch(MISTRAL_URL, { headers })`) or whole options
    (`fetch(MISTRAL_URL, buildInit())`): under the local name + `SENT_MARK`."""
    carriers = [name[:-len(CARRIES_MARK)] for name, fact in imported.items()
                if fact.kind == CARRIES_KEY and name.endswith(CARRIES_MARK)]
    if not carriers:
        return
    if ctx.language == "python":
        yield from _python_carried_sent(ctx, carriers, imported)
        return
    if ctx.language not in ECMA_LANGUAGES:
        return
    reach = Reach(ctx.root, calls_in(ctx), key_field=_HEADERS_FIELD.match, options=True)
    for name in carriers[:_MAX_CARRIERS]:
        made = [use for use in map(_ecma_spelled, reach.uses(name.partition(".")[0]))
                if _called(use, name) or use.parent is not None and use.parent.type != "call_expression"
                and node_text(use) == name][:_MAX_TRACE]
        sent = next((call for call in made if reach.reaches(call)), None)
        if sent is not None:
            yield name + SENT_MARK, _fact(ctx, KEY_USE, sent, "sent to Mistral in the request headers")


_HEADERS_FIELD = re.compile(r"(?i)^headers$")
_MAX_CARRIERS = 16  # imported headers builders looked for in one module


def _python_carried_sent(ctx, carriers: list[str], imported):
    """Python: `requests.post(MISTRAL_URL, headers=auth_headers())`, `httpx.Client(base_url=…,
    headers=HEADERS)`, or a name bound to the call given as `headers=`, in a call that names a
    Mistral host (a literal, a constant of this module, an imported endpoint constant)."""
    index = Reach(ctx.root, [])
    for name in carriers[:_MAX_CARRIERS]:
        spelled = [node for node in map(_python_spelled, index.uses(name.rpartition(".")[2])[:_MAX_TRACE])
                   if node_text(node) == name]
        values = [node.parent if node.parent is not None and node.parent.type == "call" else node for node in spelled]
        for value in list(values):
            bound = value.parent if value.parent is not None and value.parent.type == "assignment" else None
            target = bound.child_by_field_name("left") if bound is not None else None
            if target is not None and target.type == "identifier" and bound.child_by_field_name("right") == value:
                values += index.uses(node_text(target))[:_MAX_TRACE]
        sent = next((v for v in values if _headers_of_mistral_call(ctx, v, imported)), None)
        if sent is not None:
            yield name + SENT_MARK, _fact(ctx, KEY_USE, sent, "sent to Mistral in the request headers")


def _python_spelled(use: ts.Node) -> ts.Node:
    """The name a use of an identifier spells: itself, or `h.auth_headers` for `auth_headers` read
    off a module object."""
    parent = use.parent
    return parent if parent is not None and parent.type == "attribute" and \
        parent.child_by_field_name("attribute") == use else use


def _headers_of_mistral_call(ctx, value: ts.Node, imported) -> bool:
    """`value` is the `headers=` argument of a call naming a Mistral host."""
    keyword = value.parent
    if keyword is None or keyword.type != "keyword_argument" or keyword.child_by_field_name("value") != value \
            or node_text(keyword.child_by_field_name("name")) != "headers":
        return False
    args = keyword.parent
    for arg in args.named_children[:_MAX_PARTS * 2] if args is not None else ():
        arg = arg.child_by_field_name("value") if arg.type == "keyword_argument" else arg
        if arg is None:
            continue
        fact = imported.get(node_text(arg)) if arg.type in ("identifier", "attribute") else None
        if fact is not None and fact.kind == MISTRAL_ENDPOINT:
            return True
        if any(MISTRAL_HOST.search(ctx.flow.static_string(leaf) or "") for leaf in ctx.flow.resolve(arg)[:_MAX_PARTS]):
            return True
    return False


def _ecma_spelled(use: ts.Node) -> ts.Node:
    """The name a use of an identifier spells: itself, or `h.authHeaders` for the module object `h`."""
    parent = use.parent
    return parent if parent is not None and parent.type == "member_expression" and \
        parent.child_by_field_name("object") == use else use


def _called(callee: ts.Node, name: str) -> bool:
    """`callee` is called and spells `name` (`authHeaders()`, `h.authHeaders()`)."""
    call = callee.parent
    return call is not None and call.type == "call_expression" and call.child_by_field_name("function") == callee \
        and node_text(callee) == name


def _fields_sent(ctx, reach, uses: list[ts.Node]):
    """`environment.apiToken` of an imported object sent to Mistral as the key (an Angular
    environment's field in an `Authorization` header), by dotted name."""
    for use in uses:
        member = _member_chain(use)
        if member is None:
            continue
        name = node_text(member)
        if not reach.reaches(member):
            continue
        yield name, _fact(ctx, KEY_USE, member, "sent to Mistral as the key")


_MAX_FIELD_DEPTH = 3


def _member_chain(use: ts.Node) -> ts.Node | None:
    """The longest plain member chain read off `use` (`config.APP.assistantToken` for `config`),
    at most three fields deep; None when `use` is not an object read that way."""
    member = None
    node = use
    for _ in range(_MAX_FIELD_DEPTH):
        parent = node.parent
        if parent is None or parent.type != "member_expression" or parent.child_by_field_name("object") != node \
                or parent.child_by_field_name("property").type != "property_identifier":
            break
        call = parent.parent
        if call is not None and call.type == "call_expression" and call.child_by_field_name("function") == parent:
            break  # `environment.apiToken.trim()`: a method of the field, not a field
        member = node = parent
    return member
