"""MK006 for a background job's failure sent back by a status endpoint: `job.exc_info` of an RQ
job, `result.traceback` or `str(result.result)` of a Celery `AsyncResult`, `str(result.error)` of
a Taskiq result. The worker's traceback of a job that calls Mistral without catching its errors
then reaches the client.

The job is known by what the same file enqueues (`queue.enqueue(summarize, …)`,
`classify.delay(…)`, `.apply_async(…)`, Taskiq's `caption.kiq(…)`): a function of this file, or one the project view says
reaches Mistral and lets its errors escape. A job that catches them and stores a fallback fails
with no Mistral error, and a file that enqueues no such job reports nothing.
"""

from __future__ import annotations

import re
from typing import Iterator

import tree_sitter as ts

from mistral_keyguard.dataflow import last_segment, node_text
from mistral_keyguard.project import MISTRAL_OBJECT, REACHES_MISTRAL
from mistral_keyguard.sinks import FUNCTION_TYPES, enclosing, unwrap

# Calls that give a handle on a job by its id.
_HANDLE_CALLEES = frozenset({"fetch", "fetch_job", "AsyncResult", "get_job"})
# Taskiq's result of a task (`broker.result_backend.get_result(id)`, `await task.wait_result()`),
# whose `error` is the exception the task raised; a generic name, so only on such a handle.
_TASKIQ_HANDLE_CALLEES = frozenset({"get_result", "wait_result"})
_TASKIQ_FAILURE_FIELD = "error"
# Fields of a handle that hold the failure's traceback or text, and the one that holds the
# exception itself only once the job failed (Celery's `result`), shown when made text.
_TRACE_FIELDS = frozenset({"exc_info", "traceback", "exc_string"})
_FAILURE_FIELD = "result"
_FAILURE_FIELDS = _TRACE_FIELDS | {_FAILURE_FIELD, _TASKIQ_FAILURE_FIELD}
_AS_TEXT = frozenset({"str", "repr", "format"})
# `queue.enqueue(job, …)`, `queue.enqueue_call(func=job, …)`, `job.delay(…)`, `job.apply_async(…)`.
# Names start at a word start and are bounded: linear on a long run of word characters.
_ENQUEUED = re.compile(rb"\.enqueue(?:_call|_in|_at)?\(\s*(?:func\s*=\s*)?([A-Za-z_][\w.]{0,100})|"
                       rb"(?<![\w.])([A-Za-z_][\w.]{0,100})\.(?:delay|apply_async|s|si|kiq)\(")
_MAX_ENQUEUED = 32
# A job made by a call and sent at once: `digest_pipeline(url).apply_async()`, where the function
# returns a canvas (`chain(fetch.s(url), summarize.s())`) or a signature of a task.
_SENT_CANVAS = re.compile(rb"\)\s*\.(?:delay|apply_async|kiq)\(")
_SENDERS = frozenset({"delay", "apply_async", "kiq"})
_MAX_FIELDS = 64


def job_error_leaks(analysis) -> Iterator[tuple[ts.Node, ts.Node, str]]:
    """(leak, sink, how) for each failure field of a job handle that a route sends to the client."""
    if analysis.language != "python" or not analysis.answers_users or not enqueues_mistral_job(analysis):
        return
    for field in _failure_fields(analysis.root)[:_MAX_FIELDS]:
        taskiq = last_segment(node_text(field)) == _TASKIQ_FAILURE_FIELD
        callees = _TASKIQ_HANDLE_CALLEES if taskiq else _HANDLE_CALLEES
        if not _is_job_handle(analysis, field.child_by_field_name("object"), callees):
            continue
        shown = _shown(field)
        if shown is None:
            continue
        found = analysis.sink_of(shown, enclosing(shown, FUNCTION_TYPES) or analysis.root)
        if found is not None and not found[1].startswith("alias:"):
            yield shown, found[0], f"the failed job's {last_segment(node_text(field))} is {found[1]}"


def enqueues_mistral_job(analysis, local: set[str] | None = None) -> bool:
    """Whether the file enqueues a job reaching Mistral; `local`, the file's own Mistral functions
    (by default the analysis's: a caller still finding them passes what it knows)."""
    facts = analysis.ctx.project.imported if analysis.ctx.project is not None else {}
    local = analysis.mistral_functions if local is None else local
    for match in list(_ENQUEUED.finditer(analysis.ctx.source.data))[:_MAX_ENQUEUED]:
        name = (match.group(1) or match.group(2)).decode("utf-8", "replace")
        fact = facts.get(name)
        if fact is not None and fact.kind == REACHES_MISTRAL or name in local:
            return True
    return _sends_mistral_canvas(analysis, facts, local)


def _sends_mistral_canvas(analysis, facts, local: set[str]) -> bool:
    """`make_pipeline(…).apply_async()`: the function called makes the job (a Celery chain or
    signature built on a task that reaches Mistral, which its module's summary calls a Mistral
    object or a Mistral-reaching function)."""
    if not _SENT_CANVAS.search(analysis.ctx.source.data):
        return False
    for call in analysis.call_nodes:
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "attribute" or node_text(fn.child_by_field_name("attribute")) not in _SENDERS:
            continue
        made = unwrap(fn.child_by_field_name("object"))
        callee = made.child_by_field_name("function") if made.type == "call" else None
        if callee is None:
            continue
        name = node_text(callee)
        fact = facts.get(name)
        if fact is not None and fact.kind in (REACHES_MISTRAL, MISTRAL_OBJECT) or name in local:
            return True
    return False


def _failure_fields(root: ts.Node) -> list[ts.Node]:
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.type == "attribute":
            attr = node.child_by_field_name("attribute")
            if attr is not None and node_text(attr) in _FAILURE_FIELDS:
                out.append(node)
        stack.extend(reversed(node.named_children))
    return out


def _shown(field: ts.Node) -> ts.Node | None:
    """The expression that shows the failure: the trace field itself, or the exception made text
    (`str(result.result)`, `f"{result.result}"`)."""
    if last_segment(node_text(field)) in _TRACE_FIELDS:
        return field
    parent = field.parent
    if parent is not None and parent.type == "argument_list" and parent.parent is not None:
        callee = parent.parent.child_by_field_name("function")
        if callee is not None and node_text(callee) in _AS_TEXT:
            return parent.parent
    if parent is not None and parent.type == "interpolation":
        return field
    return None


def _is_job_handle(analysis, obj: ts.Node | None, callees: frozenset[str]) -> bool:
    """`job = Job.fetch(job_id, …)`, `result = AsyncResult(task_id, app=…)`, `queue.fetch_job(id)`
    (or Taskiq's getters, when `callees` says so)."""
    if obj is None or obj.type != "identifier":
        return False
    for binding in analysis.flow.by_name.get(node_text(obj), ())[:4]:
        value = unwrap(binding.value)  # `res = await backend.get_result(id)`
        fn = value.child_by_field_name("function") if value.type == "call" else None
        if fn is not None and last_segment(node_text(fn)) in callees:
            return True
    return False
