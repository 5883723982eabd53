"""MK006 for a BullMQ (or Bull) job's failure sent back by a status endpoint: `job.failedReason`
is the message of the error its processor threw, `job.stacktrace` its stack.

The worker may sit in another module, which no import joins to the route: the queue's name does
(`new Queue("reports")` in the route's file, `new Worker("reports", processor)` in the worker's).
A worker whose processor lets a Mistral error escape (uncaught, or caught and thrown again) gives
its module a `FAILS_QUEUE_JOBS` fact under `queue:<name>`; `check`'s second step, or the server's
importer walk, hands it to the files that read a failure (`ProjectView.queue_worker_facts`). A
processor that catches the error and returns a fallback, or throws a message of its own, fails
no job with Mistral's text.
"""

from __future__ import annotations

from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text, string_content
from mistral_keyguard.finding import Position, RelatedLocation, Span
from mistral_keyguard.languages import ECMA_LANGUAGES
from mistral_keyguard.prefilter import contains
from mistral_keyguard.project import FAILS_QUEUE_JOBS, QUEUE_OBJECT, QUEUE_PREFIX, REACHES_MISTRAL, ModuleFact
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing, unwrap

# Fields of a job that hold what its processor threw.
_FAILURE_FIELDS = frozenset({"failedReason", "stacktrace"})
# `queue.getJob(id)`, `Job.fromId(queue, id)`: a job of a known queue.
_HANDLE_GETTERS = frozenset({"getJob", "fromId"})
# BullMQ's `new Queue(name)`, Bull's `new Queue(name)`, `new Bull(name)` or `Bull(name)`.
_QUEUE_CLASSES = frozenset({"Queue", "Bull"})
_MAX_FIELDS = 64
_MAX_BINDINGS = 4


def worker_queues(analysis) -> Iterator[tuple[str, ts.Node]]:
    """(queue name, where its processor lets a Mistral error escape) for each worker of the file:
    BullMQ's `new Worker("reports", processor)`, Bull's `queue.process([name,] processor)`."""
    if analysis.language not in ECMA_LANGUAGES or not contains(analysis.ctx.source.data, b"bull"):
        return
    for call in analysis.call_nodes:
        name, processor = _worker(analysis, call)
        escaping = _processor_escape(analysis, processor) if name and processor is not None else None
        if escaping is not None:
            yield name, escaping


def queue_failure_leaks(analysis) -> Iterator[tuple[ts.Node, ts.Node, str, tuple[RelatedLocation, ...]]]:
    """(leak, sink, how, related) for each failure field of a job of a queue whose worker fails
    jobs with a Mistral error, where a handler sends it to the client."""
    data = analysis.ctx.source.data
    if analysis.language not in ECMA_LANGUAGES or not (contains(data, b"failedReason") or contains(data, b"stacktrace")):
        return
    failing = _failing_queues(analysis)
    if not failing or not analysis.answers_users:
        return
    for field in _failure_fields(analysis.root)[:_MAX_FIELDS]:
        queue = _handle_queue(analysis, field.child_by_field_name("object"))
        fact = failing.get(queue) if queue else None
        if fact is None:
            continue
        found = analysis.sink_of(field, enclosing(field, FUNCTION_TYPES) or analysis.root)
        if found is not None and not found[1].startswith("alias:"):
            how = f"the failed job's {node_text(field.child_by_field_name('property'))} is the Mistral error " \
                  f"its worker lets escape, {found[1]}"
            yield field, found[0], how, _related(fact)


def _failing_queues(analysis) -> dict[str, ModuleFact]:
    """Queue name -> the fact of a worker (one the project view found, or this file's own: no
    path) that fails its jobs with a Mistral error."""
    facts = analysis.ctx.project.imported if analysis.ctx.project is not None else {}
    out = {name[len(QUEUE_PREFIX):]: fact for name, fact in facts.items()
           if name.startswith(QUEUE_PREFIX) and fact.kind == FAILS_QUEUE_JOBS}
    for name, node in worker_queues(analysis):
        point = analysis.ctx.source.span(node.start_byte, node.end_byte).start
        out.setdefault(name, ModuleFact(FAILS_QUEUE_JOBS, "", point.line, point.character, name))
    return out


def _related(fact: ModuleFact) -> tuple[RelatedLocation, ...]:
    point = Position(fact.line, fact.character, 0)
    return (RelatedLocation(Span(point, point), "the queue's worker lets a Mistral error escape here, failing the job",
                            path=fact.path or None),)


def _worker(analysis, call: ts.Node) -> tuple[str | None, ts.Node | None]:
    """(queue name, processor) when `call` makes a worker."""
    args = call.child_by_field_name("arguments")
    named = [a for a in args.named_children if a.type != "comment"] if args is not None else []
    if call.type == "new_expression":
        cls = call.child_by_field_name("constructor")
        if cls is None or last_segment(node_text(cls)) != "Worker" or len(named) < 2:
            return None, None
        return _literal(analysis, named[0]), named[1]
    fn = call.child_by_field_name("function")
    if fn is None or fn.type != "member_expression" or node_text(fn.child_by_field_name("property")) != "process" \
            or not named:
        return None, None
    return _queue_name(analysis, fn.child_by_field_name("object")), named[-1]


def _processor_escape(analysis, processor: ts.Node) -> ts.Node | None:
    """Where a processor (a function, or the name of this file's or an imported one) lets a
    Mistral error escape."""
    if processor.type in FUNCTION_TYPES:
        return analysis.escaping_call(processor.child_by_field_name("body"))
    if processor.type != "identifier":
        return None
    name = node_text(processor)
    fact = analysis.ctx.project.imported.get(name) if analysis.ctx.project is not None else None
    if fact is not None:
        return processor if fact.kind == REACHES_MISTRAL else None
    body = next((body for fn_name, body in analysis.function_bodies if fn_name == name), None)
    return analysis.escaping_call(body) if body is not None else None


def _failure_fields(root: ts.Node) -> list[ts.Node]:
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.type == "member_expression" and node_text(node.child_by_field_name("property")) in _FAILURE_FIELDS:
            out.append(node)
        stack.extend(reversed(node.named_children))
    return out


def _handle_queue(analysis, obj: ts.Node | None) -> str | None:
    """The queue of a job handle: `job = await reports.getJob(id)`, `Job.fromId(reports, id)`."""
    if obj is None or obj.type != "identifier":
        return None
    for binding in _visible_bindings(analysis, obj):
        value = unwrap(binding.value)
        fn = value.child_by_field_name("function") if value.type == "call_expression" else None
        if fn is None or fn.type != "member_expression" or \
                node_text(fn.child_by_field_name("property")) not in _HANDLE_GETTERS:
            continue
        if node_text(fn.child_by_field_name("property")) == "getJob":
            return _queue_name(analysis, fn.child_by_field_name("object"))
        args = value.child_by_field_name("arguments")
        first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
        return _queue_name(analysis, first)
    return None


def _queue_name(analysis, node: ts.Node | None) -> str | None:
    """The name a queue object was made with: `reports = new Queue("reports", …)`."""
    if node is None or node.type != "identifier":
        return None
    for binding in _visible_bindings(analysis, node):
        value = unwrap(binding.value)
        callee = value.child_by_field_name("constructor") if value.type == "new_expression" else \
            value.child_by_field_name("function") if value.type == "call_expression" else None
        if callee is None or last_segment(node_text(callee)) not in _QUEUE_CLASSES:
            continue
        args = value.child_by_field_name("arguments")
        first = next((a for a in args.named_children if a.type != "comment"), None) if args is not None else None
        return _literal(analysis, first)
    imported = analysis.ctx.project.imported if analysis.ctx.project is not None else {}
    fact = imported.get(node_text(node)) if not analysis.flow.by_name.get(node_text(node)) else None
    return fact.detail if fact is not None and fact.kind == QUEUE_OBJECT else None


def queue_objects(analysis) -> Iterator[tuple[str, str, ts.Node]]:
    """(exported name, queue name, where) of each top-level `X = new Queue("name")` of the file."""
    if analysis.language not in ECMA_LANGUAGES or not contains(analysis.ctx.source.data, b"bull"):
        return
    for binding in analysis.flow.bindings:
        if enclosing(binding.name_node, FUNCTION_TYPES) is None and binding.name.isidentifier():
            name = _queue_name(analysis, binding.name_node) if unwrap(binding.value).type in (
                "new_expression", "call_expression") else None
            if name:
                yield binding.name, name, binding.value


def _visible_bindings(analysis, use: ts.Node) -> list:
    """The bindings of the name `use` that it may see: made at module level or in a function
    enclosing it (not a sibling route's `job`)."""
    flow = analysis.flow
    out = []
    for binding in flow.bindings_near(flow.by_name, node_text(use), use):
        scope = enclosing(binding.name_node, FUNCTION_TYPES)
        if scope is None or scope.start_byte <= use.start_byte and use.end_byte <= scope.end_byte:
            out.append(binding)
    return out[:_MAX_BINDINGS]


def _literal(analysis, node: ts.Node | None) -> str | None:
    """A string, or a name bound to one (`const QUEUE = "reports"`)."""
    if node is None:
        return None
    text = string_content(node)
    if text is None and node.type == "identifier":
        bindings = analysis.flow.by_name.get(node_text(node), ())
        text = string_content(unwrap(bindings[0].value)) if len(bindings) == 1 else None
    return text or None
