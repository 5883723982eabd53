"""The pure engine: text in, findings out. The CLI and the language server both call `scan`.

The engine knows no fixes and does no I/O: the layer above hands it a `fixer` when it wants the
findings' fixes attached (see `mistral_keyguard.fixes.scan_with_fixes`), and gathers the
project facts (`ProjectContext`) itself.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

import tree_sitter as ts

from mistral_keyguard.document import SourceText
from mistral_keyguard.finding import Finding
from mistral_keyguard.languages import has_grammar, language_for_path, parse_refusal, parser
from mistral_keyguard.project import ProjectContext
from mistral_keyguard.queries import has_query, one_pass
from mistral_keyguard.reporting import fingerprint, make_finding
from mistral_keyguard.project import ModuleFact
from mistral_keyguard.rules import checkers_for, module_facts
from mistral_keyguard.rules.context import Fixer, ScanContext
from mistral_keyguard.settings import Settings
from mistral_keyguard.suppression import (
    comment_syntax,
    is_suppressed,
    suppressions_from_comments,
    suppressions_from_lines,
)

# Re-exported: callers build contexts and findings through the engine's module.
__all__ = ["ProjectContext", "ScanContext", "ScanResult", "fingerprint", "make_finding", "might_match", "scan",
           "summarize_module"]


@dataclass
class ScanResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parsed: bool = False
    # SHA-256 of every key-shaped token in the file, set by the caller that read it (see
    # `known_keys`): the known-key pass re-reads only files that hold a known key.
    key_hashes: frozenset[str] | None = None
    # For the project view's second step (set by the caller): whether this file may define a key
    # another module sends to Mistral (a key-shaped literal or a bundler-public read), may log
    # the keyed headers another module hands its functions (a log call's mark), and may hand
    # keyed headers to another module's function (an Authorization or key header's mark).
    may_export_key: bool = False
    may_log_arguments: bool = False
    passes_keyed_headers: bool = False
    may_handle_errors: bool = False  # it defines an Express error middleware (see `add_cross_module_uses`)
    takes_injected_services: bool = False  # a class keeps a service it is handed (`rules/injected_services.py`)
    # NestJS CQRS (see `runner.add_bus_dispatches`): it runs a command on a bus, or handles one.
    dispatches_commands: bool = False
    handles_commands: bool = False
    # BullMQ/Bull (see `runner.add_queue_failures`): it runs a queue's worker, or reads failed jobs.
    runs_queue_workers: bool = False
    reads_job_failures: bool = False
    # A function handed the response and an error (see `runner._plan`): its module has a summary.
    sends_error_args: bool = False


def might_match(data: bytes, language: str | None, settings: Settings) -> bool:
    """The byte-level prefilter: can any enabled rule find something in these bytes?"""
    return any(c.prefilter.search(data) for c in _checkers(language, settings))


# (language, settings object) -> the enabled checkers: asked twice per file of a tree, and the
# enabled codes are worked out from the settings each time. Entries hold the settings they were
# made for (an id is reused once its object is freed); a worker sees a few settings objects.
_CHECKERS: dict[tuple[str | None, int], tuple[Settings, list]] = {}


def _checkers(language: str | None, settings: Settings) -> list:
    entry = _CHECKERS.get((language, id(settings)))
    if entry is None or entry[0] is not settings:
        if len(_CHECKERS) > 256:
            _CHECKERS.clear()
        entry = _CHECKERS[(language, id(settings))] = (settings, checkers_for(language, settings))
    return entry[1]


def scan(path: str, text: str | bytes, settings: Settings | None = None, *,
         language: str | None = None, project: ProjectContext | None = None,
         tree: ts.Tree | None = None, fixer: Fixer | None = None) -> ScanResult:
    """Scan one document. `tree` lets the server pass an incrementally re-parsed tree; `fixer`
    attaches each finding's fixes (computed only when asked: the CLI's plain check does not
    need them)."""
    settings = settings or Settings()
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    language = language or language_for_path(path)
    result = ScanResult(path)
    woken = project.woken if project is not None else frozenset()
    checkers = [c for c in _checkers(language, settings) if c.code in woken or c.prefilter.search(data)]
    if not checkers or language is None:
        return result
    source = SourceText(data)
    if tree is None and has_grammar(language):
        refusal = parse_refusal(language, data)
        if refusal is not None:  # the grammar would take the process down
            result.notes.append(f"{path}: skipped, {refusal}")
            return result
        tree = parser(language).parse(data)
    result.parsed = tree is not None
    ctx = ScanContext(path, language, source, tree, settings, project, scan_text=scan, fixer=fixer)
    with _gc_paused(len(data) >= ONE_PASS_BYTES):
        result.findings = _checked(ctx, checkers, fixer)
        # Freed now, by reference counts: the collector, running again, would walk it all first.
        del ctx
    return result


def _checked(ctx: ScanContext, checkers: list, fixer: Fixer | None) -> list[Finding]:
    """The enabled checkers' findings in `ctx`, less the suppressed ones, in order."""
    findings: dict[tuple, Finding] = {}
    with _one_pass(ctx, checkers):
        for checker in checkers:
            for finding in checker.check(ctx):
                if ctx.settings.enabled(finding.code):
                    findings.setdefault((finding.code, finding.span.start.byte, finding.span.end.byte), finding)
        suppressed = _suppressions(ctx) if findings else {}
    out = sorted((f for f in findings.values() if not is_suppressed(suppressed, f.line, f.code)), key=Finding.sort_key)
    return [fixer(ctx, f) for f in out] if fixer is not None else out


# From this size on, the rules' whole-tree queries share one traversal: each one costs about
# 0.1 s per MB even when nothing matches, and joining them costs a compile per language.
ONE_PASS_BYTES = 64 * 1024


# Scans of large files that pause the cyclic garbage collector, and whether one of them paused it.
_GC_LOCK = threading.Lock()
_gc_pauses = [0, False]


@contextmanager
def _gc_paused(pause: bool):
    """No cyclic collection while a large file is scanned. The scan allocates a node object per
    capture and binding and keeps them to the end; the collector, set off by the allocations,
    walks all of them again each time the heap has grown by a quarter (2.5 of 8 CPU seconds on a
    5 MB bundle). Nothing the scan makes needs it: the references go when the scan returns."""
    if not pause:
        yield
        return
    with _GC_LOCK:
        _gc_pauses[0] += 1
        if _gc_pauses[0] == 1 and gc.isenabled():
            gc.disable()
            _gc_pauses[1] = True
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_pauses[0] -= 1
            if _gc_pauses[0] == 0 and _gc_pauses[1]:
                _gc_pauses[1] = False
                gc.enable()


def _one_pass(ctx: ScanContext, checkers: list):
    names = () if ctx.tree is None or len(ctx.source.data) < ONE_PASS_BYTES else \
        tuple(name for checker in checkers for name in checker.queries)
    return one_pass(ctx.language, ctx.root if ctx.tree is not None else None, names)


def _suppressions(ctx: ScanContext):
    if ctx.tree is not None and has_query(ctx.language, "comments"):
        return suppressions_from_comments(ctx.language, ctx.tree.root_node, ctx.source)
    return suppressions_from_lines(ctx.source, comment_syntax(ctx.language))


def summarize_module(path: str, data: bytes, settings: Settings, *, language: str | None = None,
                     project: ProjectContext | None = None) -> tuple[dict[str, ModuleFact], dict[str, ModuleFact]]:
    """The project view's summary of one module: facts about its top-level names, and the
    imported names it passes to a Mistral client as the key."""
    language = language or language_for_path(path)
    if language is None or not has_grammar(language):
        return {}, {}
    tree = parser(language).parse(data)
    ctx = ScanContext(path, language, SourceText(data), tree, settings, project, scan_text=scan)
    return module_facts.summarize(ctx), module_facts.key_uses(ctx)
