"""MK006 for an arq job's error raised again by `await job.result()`: arq stores what the job
function raised and `Job.result()` re-raises it, so a route whose `try` covers the call and whose
`except` sends the error's text sends Mistral's.

arq enqueues a job by the name its worker registers (`await redis.enqueue_job("translate", …)`),
and the worker's `WorkerSettings.functions = [translate, func(caption, name="cap")]` sits in a
module no import joins to the route. A worker module whose registered function lets a Mistral
error escape gives `FAILS_QUEUE_JOBS` under `arq-job:<name>`; `check`'s second step (or the
server's importer walk) hands it to the files that enqueue by name and read a result
(`ProjectView.queue_worker_facts`). A job function that catches the error and returns a fallback,
or never calls Mistral, fails no job with Mistral's text.
"""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text, string_content
from mistral_keyguard.finding import Position, RelatedLocation, Span
from mistral_keyguard.prefilter import contains, swept
from mistral_keyguard.project import ARQ_JOB_PREFIX, FAILS_QUEUE_JOBS, REACHES_MISTRAL
from mistral_keyguard.rules.caught import first_uncaught

# `enqueue_job("name"`: a job's name, quoted; bounded, so linear on a long run of word characters.
_ENQUEUED = re.compile(rb"""\.enqueue_job\(\s*['"]([A-Za-z_]\w{0,100})['"]""")
_MAX_ENQUEUED = 32
_MAX_REGISTERED = 64
# The getter whose call re-raises the job's error; the owner's name says it is a job.
_RESULT_GETTER = "result"
_JOB_OWNER = re.compile(r"(?i)job")

# Asked of every Python file of a tree (the project view's flags): one pass answers them.
swept(b"functions", b"arq", b"WorkerSettings", b"enqueue_job(", b".result(")


def registers_arq_jobs(data: bytes) -> bool:
    """Cheap byte test: an arq worker's settings (`functions = [...]`, `Worker(functions=…)`), in
    a module that imports arq or names the settings class as arq's CLI expects (`WorkerSettings`:
    `arq worker.WorkerSettings` loads it by path, with no import of arq)."""
    return contains(data, b"functions") and (contains(data, b"arq") or contains(data, b"WorkerSettings"))


def reads_arq_results(data: bytes) -> bool:
    """Cheap byte test: a module that enqueues an arq job by name and reads a job's result."""
    return contains(data, b"enqueue_job(") and contains(data, b".result(")


def failing_arq_jobs(analysis) -> Iterator[tuple[str, ts.Node]]:
    """(job name, where its function lets a Mistral error escape) for each job the file's arq
    worker settings register."""
    if analysis.language != "python" or not registers_arq_jobs(analysis.ctx.source.data):
        return
    imported = analysis.ctx.project.imported if analysis.ctx.project is not None else {}
    bodies = {name: body for name, body in analysis.function_bodies}
    for name, function in _registered(analysis.root)[:_MAX_REGISTERED]:
        fact = imported.get(node_text(function))
        if fact is not None:
            if fact.kind == REACHES_MISTRAL:
                yield name, function
            continue
        body = bodies.get(node_text(function))
        escaping = first_uncaught(analysis, body) if body is not None else None
        if escaping is not None:
            yield name, escaping


def reads_failing_arq_job(analysis, call: ts.Node) -> bool:
    """`await job.result()` in a file that enqueues by name an arq job failing with Mistral's
    error (one the project view knows under `arq-job:<name>`, or this file's own worker's)."""
    if call.type != "call" or analysis.language != "python":
        return False
    callee = call.child_by_field_name("function")
    if callee is None or callee.type != "attribute" or last_segment(node_text(callee)) != _RESULT_GETTER:
        return False
    owner = callee.child_by_field_name("object")
    return owner is not None and bool(_JOB_OWNER.search(node_text(owner))) and enqueues_failing_arq_job(analysis)


def enqueues_failing_arq_job(analysis) -> bool:
    """Whether the file enqueues by name an arq job that fails with Mistral's error (the file
    then talks to Mistral through the job, though it may never name it)."""
    if analysis.language != "python" or not reads_arq_results(analysis.ctx.source.data):
        return False
    enqueued = enqueued_arq_names(analysis.ctx.source.data)
    return bool(enqueued) and bool(enqueued & _failing_names(analysis))


def arq_job_related(analysis, try_node: ts.Node) -> tuple[RelatedLocation, ...]:
    """Where the worker module registers the failing job, for a `try` covering its `job.result()`."""
    if not enqueues_failing_arq_job(analysis) or not _reads_result_in(analysis, try_node):
        return ()
    imported = analysis.ctx.project.imported if analysis.ctx.project is not None else {}
    for name in sorted(enqueued_arq_names(analysis.ctx.source.data) & _failing_names(analysis)):
        fact = imported.get(f"{ARQ_JOB_PREFIX}{name}")
        if fact is not None and fact.path:
            point = Position(fact.line, fact.character, 0)
            return (RelatedLocation(Span(point, point), f"the arq job {name} lets a Mistral error escape here",
                                    path=fact.path),)
    return ()


def _reads_result_in(analysis, node: ts.Node) -> bool:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "call" and reads_failing_arq_job(analysis, current):
            return True
        stack.extend(current.named_children)
    return False


def enqueued_arq_names(data: bytes) -> set[str]:
    if b"enqueue_job(" not in data:
        return set()
    return {m.group(1).decode() for m in list(_ENQUEUED.finditer(data))[:_MAX_ENQUEUED]}


def _failing_names(analysis) -> set[str]:
    memo = analysis.__dict__.get("_failing_arq_names")
    if memo is None:
        imported = analysis.ctx.project.imported if analysis.ctx.project is not None else {}
        # The file's own worker settings decide the names they register (a job there that falls
        # back is not another module's job of the same name).
        own = {name for name, _fn in _registered(analysis.root)} \
            if registers_arq_jobs(analysis.ctx.source.data) else set()
        memo = {name[len(ARQ_JOB_PREFIX):] for name, fact in imported.items()
                if name.startswith(ARQ_JOB_PREFIX) and fact.kind == FAILS_QUEUE_JOBS} - own
        memo |= {name for name, _node in failing_arq_jobs(analysis)}
        analysis.__dict__["_failing_arq_names"] = memo
    return memo


def _registered(root: ts.Node) -> list[tuple[str, ts.Node]]:
    """(job name, function expression) of each entry of a `functions = [...]` list (a class
    attribute of the worker settings, or `Worker(functions=[...])`)."""
    out: list[tuple[str, ts.Node]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        listed = _functions_list(node)
        if listed is not None:
            out.extend(entry for item in listed.named_children if (entry := _entry(item)) is not None)
        stack.extend(reversed(node.named_children))
    return out


def _functions_list(node: ts.Node) -> ts.Node | None:
    if node.type == "assignment":
        target, value = node.child_by_field_name("left"), node.child_by_field_name("right")
    elif node.type == "keyword_argument":
        target, value = node.child_by_field_name("name"), node.child_by_field_name("value")
    else:
        return None
    if target is None or value is None or node_text(target) != "functions" or value.type not in ("list", "tuple"):
        return None
    return value


def _entry(item: ts.Node) -> tuple[str, ts.Node] | None:
    """`translate` (named after the function), `jobs.translate`, `func(translate, name="tr")`."""
    if item.type in ("identifier", "attribute"):
        return last_segment(node_text(item)), item
    callee = item.child_by_field_name("function") if item.type == "call" else None
    args = item.child_by_field_name("arguments") if callee is not None else None
    if args is None or last_segment(node_text(callee)) != "func":
        return None
    positional = [a for a in args.named_children if a.type in ("identifier", "attribute")]
    if not positional:
        return None
    name = last_segment(node_text(positional[0]))
    for arg in args.named_children:
        key, value = arg.child_by_field_name("name"), arg.child_by_field_name("value")
        if arg.type == "keyword_argument" and key is not None and node_text(key) == "name" and value is not None:
            name = string_content(value) or name
    return name, positional[0]
