"""Scan scheduling: the debounce, the incremental path for large documents and the full scan
that verifies it once typing pauses. Scans run in one worker thread on an immutable snapshot;
a result is published only if the document still has the version (and the settings
generation) the scan saw."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import time
from dataclasses import replace
from pathlib import Path

from lsprotocol import types

from mistral_keyguard import baseline
from mistral_keyguard.engine import ScanResult
from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.languages import has_grammar, parse_refusal, parser
from mistral_keyguard.lsp import incremental, isolated, residency
from mistral_keyguard.lsp.convert import diagnostic
from mistral_keyguard.lsp.documents import OpenDocument, ScanOutcome
from mistral_keyguard.lsp.notebooks import OpenNotebook
from mistral_keyguard.project_view import reads_job_failures, wakes
from mistral_keyguard.queries import compiled, queries_dir
from mistral_keyguard.rules.committed_key_file import as_notebook_findings

log = logging.getLogger("mistral_keyguard.lsp")

VERIFY_DELAY = 0.75  # seconds of quiet before a full scan confirms an incremental result
# Compiled ahead, most used first: compiling the queries of TSX alone costs a first scan 0.2-0.3 s.
WARM_LANGUAGES = ("python", "tsx", "typescript", "javascript", "dotenv", "json", "yaml", "toml")


def future_is_confirmation(previous: ScanOutcome | None, outcome: ScanOutcome) -> bool:
    """A full result for the same version and generation as the incremental one it replaces,
    with the same findings: already published."""
    if previous is None or not previous.incremental or outcome.incremental:
        return False
    if (previous.snapshot.version, previous.generation) != (outcome.snapshot.version, outcome.generation):
        return False
    return _keys(previous) == _keys(outcome)


def _keys(outcome: ScanOutcome) -> list[tuple]:
    return [(f.code, f.span.start.byte, f.span.end.byte, f.message, f.severity, f.fingerprint,
             tuple((x.id, x.edits) for x in f.fixes)) for f in outcome.result.findings]


def _compile_quietly(language: str, name: str) -> None:
    try:
        compiled(language, name)
    except Exception as exc:  # the scan that needs it reports it; warming up must not
        log.debug("query %s/%s did not compile: %s", language, name, exc)


class ScanScheduler:
    """When to scan an open target, how (inline incremental or in the worker), and when to publish."""

    def request_scan(self, target, *, immediate: bool = False) -> None:
        target.scan_due = True
        if self.pull:
            return  # the client pulls; the next pull scans
        self.cancel_pending(target)
        # Leading edge: the first edit after a quiet spell scans at once; while the user keeps
        # typing, scans start at most once per debounce interval, each on the latest text.
        last = getattr(target, "last_scan_started", None)
        delay = 0.0 if immediate or last is None else last + self.config.debounce_seconds - self.loop.time()
        if delay <= 0:
            target.pending = self.loop.call_soon(self._start_push_scan, target.uri)
        else:
            target.pending = self.loop.call_later(delay, self._start_push_scan, target.uri)

    def warm_up(self) -> None:
        """Compile the rules' queries in the scan thread, one query per job: a scan asked for
        meanwhile waits for one query at most, not for every language."""
        pending = [(language, path.stem) for language in WARM_LANGUAGES
                   if (queries_dir() / language).is_dir()
                   for path in sorted((queries_dir() / language).glob("*.scm"))]

        def next_job(_future=None) -> None:
            if not pending or self.loop is None or self.loop.is_closed() or self.stopping:
                return
            language, name = pending.pop(0)
            try:
                future = self.loop.run_in_executor(self.scan_executor, _compile_quietly, language, name)
            except RuntimeError:  # the executor is shut down: the server is exiting
                return
            future.add_done_callback(next_job)

        next_job()

    def make_resident(self, doc: OpenDocument) -> None:
        """The document is being worked on: it keeps its tree and chunks; the least recently
        active beyond the budget lose theirs (see residency.py)."""
        for uri in self.residency.touch(doc.uri):
            other = self.documents.get(uri)
            if other is not None:
                residency.release(other)

    def _keep_if_resident(self, target) -> None:
        """A scan result just adopted: a document nobody works on does not keep its tree."""
        if isinstance(target, OpenDocument) and not self.residency.resident(target.uri):
            residency.release(target)

    def forget_document(self, uri: str) -> None:
        """A closed document: its memory goes back to the system once closing settles."""
        self.residency.forget(uri)
        if self.loop is None:
            return
        if self.trim_timer is not None:
            self.trim_timer.cancel()
        self.trim_timer = self.loop.call_later(0.5, self.release_closed_memory)

    def release_closed_memory(self) -> None:
        self.trim_timer = None
        if not self.documents:  # nothing left to re-use chunk facts or module summaries for
            self.chunk_cache = incremental.ChunkCache()
            self.forget_projects()
        gc.collect()
        residency.return_memory()
        residency.log_live_memory(len(self.documents))

    def cancel_pending(self, target) -> None:
        self.isolated.cancel(target.uri, keep_version=target.version)  # a scan of an older text
        if target.pending is not None:
            target.pending.cancel()
            target.pending = None
        if getattr(target, "verify", None) is not None:
            target.verify.cancel()
            target.verify = None

    def _start_push_scan(self, uri: str) -> None:
        target = self.target(uri)
        if target is None:
            return
        target.pending = None
        target.last_scan_started = self.loop.time()
        future = self.scan_target(target)
        future.add_done_callback(lambda f: self._publish_outcome(target, f))

    def scan_target(self, target, *, full: bool = False) -> asyncio.Future:
        """Scan the target's current snapshot in the worker thread; resolves to a ScanOutcome, or
        None when the scan was skipped because the document had already moved on. Unless `full`,
        a large document re-scans only what the edits since the last result can affect."""
        snapshot = target.snapshot()
        generation = self.generation
        settings, warnings = self.resolver.for_path(target.path, self.config)
        for note in warnings:
            log.warning("%s", note)
        language = target.language
        prior = target.outcome
        isolate = isinstance(target, OpenDocument) and len(snapshot.text.data) >= isolated.ISOLATE_BYTES
        if not full and self._inline_ready(target, snapshot, settings):
            # a partial re-scan is a few milliseconds: do it here, without waking the worker
            started = time.perf_counter()
            outcome = self._incremental(target, snapshot, prior, settings, generation)
            if outcome is not None:
                log.debug("scanned %s v%s in %.1f ms (incremental): %d findings", target.uri,
                          snapshot.version, (time.perf_counter() - started) * 1000, len(outcome.result.findings))
                done = self.loop.create_future()
                done.set_result(outcome)
                return done
            full = True  # the worker does not need to try again
        if isolate:
            return self._scan_isolated(target, snapshot, settings, generation)

        def work():
            if target.version != snapshot.version or self.generation != generation:
                return None  # a newer edit or setting arrived while this waited
            first = (not full and prior is None and isinstance(target, OpenDocument)
                     and len(snapshot.text.data) >= incremental.MIN_BYTES)
            # The first pass leaves out what other modules do with this one's names (reading
            # their summaries can cost more than the scan): that only adds findings, in the full pass.
            skipped = self._prepare(target, snapshot, settings, generation, exported=not first)
            if skipped is not None:
                return skipped
            started = time.perf_counter()
            outcome = None if full else self._incremental(target, snapshot, prior, settings, generation)
            if outcome is None:
                scanned = snapshot
                if scanned.tree is None and language is not None and has_grammar(language) \
                        and parse_refusal(language, scanned.text.data) is None:
                    tree = parser(language).parse(scanned.text.data, scanned.base) if scanned.base is not None \
                        else parser(language).parse(scanned.text.data)
                    scanned = replace(scanned, tree=tree, base=None)
                outcome = self._first_pass(target, scanned, settings, generation) if first else None
            if outcome is None:
                result = scan_with_fixes(target.path or target.uri, scanned.text.data, settings, language=language,
                                         project=target.project, tree=scanned.tree)
                if isinstance(target, OpenNotebook):
                    result.findings = as_notebook_findings(result.findings, settings)
                outcome = ScanOutcome(scanned, result, generation)
                if (scanned.tree is not None and len(scanned.text.data) >= incremental.MIN_BYTES
                        and not scanned.tree.root_node.has_error):
                    # chunk the text now, in the worker, so the next keystroke does not have to
                    outcome.chunks = incremental.chunks(scanned.tree, scanned.text.data, scanned.text.starts,
                                                        self.chunk_cache,
                                                        incremental.prefilters_for(language, settings))
            if settings.baseline:  # the project's baseline: accepted findings become hints, or go
                outcome.result.findings = baseline.for_document(outcome.result.findings, settings,
                                                                outcome.snapshot.text.data)
            log.debug("scanned %s v%s in %.1f ms (%s): %d findings", target.uri, snapshot.version,
                      (time.perf_counter() - started) * 1000,
                      "incremental" if outcome.incremental else "full", len(outcome.result.findings))
            return outcome

        return self.loop.run_in_executor(self.scan_executor, work)

    def _prepare(self, target, snapshot, settings, generation, *, exported: bool = True) -> ScanOutcome | None:
        """Gather the target's project facts; an empty outcome when the target is not scanned
        (excluded, or over max-file-size)."""
        if target.project is None and target.path and os.path.isabs(target.path):
            try:
                target.project = self.index.context(Path(target.path))
            except (OSError, ValueError):
                pass
        with self.view_lock:  # the scan thread and the large-document thread share the view
            target.project = self.with_project_view(target, snapshot.text.data, exported=exported)
        if settings.exclude and self.is_excluded(target.path, settings):
            return ScanOutcome(snapshot, ScanResult(target.path), generation)
        if len(snapshot.text.data) > settings.max_file_size:
            if target.uri not in self._skipped_large:
                self._skipped_large.add(target.uri)
                log.info("%s: not scanned, %d bytes is over max-file-size (%d)", target.uri,
                         len(snapshot.text.data), settings.max_file_size)
            return ScanOutcome(snapshot, ScanResult(target.path), generation)
        return None

    def _scan_isolated(self, target, snapshot, settings, generation) -> asyncio.Future:
        """A large document: scanned in the child process (see isolated.py), waited for in a
        thread of its own, so neither the event loop nor the other documents' scans wait."""
        def work():
            if target.version != snapshot.version or self.generation != generation or self.stopping:
                return None
            skipped = self._prepare(target, snapshot, settings, generation)
            if skipped is not None:
                return skipped
            started = time.perf_counter()
            log.debug("scanning %s v%s in the scan process", target.uri, snapshot.version)
            try:
                result, chunks = self.isolated.scan((target.uri, snapshot.version), target.path or target.uri,
                                                    snapshot.text.data, settings, target.language, target.project)
            except isolated.ScanCancelled:
                log.debug("scan of %s v%s stopped (a newer edit, or shutdown)", target.uri, snapshot.version)
                return None
            outcome = ScanOutcome(snapshot, result, generation, chunks=chunks)
            if settings.baseline:
                outcome.result.findings = baseline.for_document(outcome.result.findings, settings, snapshot.text.data)
            log.debug("scanned %s v%s in %.1f ms (in the scan process): %d findings", target.uri, snapshot.version,
                      (time.perf_counter() - started) * 1000, len(outcome.result.findings))
            return outcome

        return self.loop.run_in_executor(self.isolated_executor, work)

    def _first_pass(self, target, scanned, settings, generation) -> ScanOutcome | None:
        """A newly opened large document: scan first the statements a rule could care about (the
        incremental path's plan for an edit at the top), publish, and confirm with a full scan at
        once. None when the plan would keep most of the file (the full scan is the better deal)."""
        tree = scanned.tree
        if tree is None or tree.root_node.has_error or target.language is None:
            return None
        prefilters = incremental.prefilters_for(target.language, settings)
        current = incremental.chunks(tree, scanned.text.data, scanned.text.starts, self.chunk_cache, prefilters)
        if not current:
            return None
        result = incremental.rescan(target.path or target.uri, scanned.text.data, target.language, settings,
                                    target.project, incremental.Edit(0, 0, 0), current, [], ScanResult(target.path),
                                    incremental.position_in(scanned.text))
        if result is None:
            return None
        return ScanOutcome(scanned, result, generation, chunks=current, incremental=True, first_pass=True)

    def with_project_view(self, target, data: bytes, *, exported: bool = True):
        """The target's project facts, with what its imports are as their modules read now (the
        editor's unsaved text of an open module included), and unless `exported` is false, what
        the modules importing it pass to Mistral."""
        project = target.project
        if project is None or not project.root or not isinstance(target, OpenDocument):
            return project
        try:
            facts = self.view.imported_facts(Path(target.path), data, target.language, Path(project.root))
            if reads_job_failures(data, target.language):  # the queue's name, not an import, joins its worker
                facts = {**self.view.queue_worker_facts(data, Path(project.root), path=Path(target.path)), **facts}
            uses = self.view.exported_uses(Path(target.path), data, target.language, Path(project.root)) \
                if exported else {}
            forwarded = self.view.errors_forwarded_to(Path(target.path), data, target.language, Path(project.root)) \
                if exported else {}
        except (OSError, ValueError, RecursionError) as exc:
            log.warning("project view of %s failed: %s", target.uri, exc)
            return project
        path, root = Path(target.path), Path(project.root)
        return replace(project, imported=facts, woken=wakes(facts, uses) | wakes(forwarded), has_view=True,
                       key_uses=uses, forwarded_errors=forwarded,
                       importers=lambda of=None: self.view.importer_heads(path, root, of))

    def schedule_dependents(self, path: str | None) -> None:
        """After an edit of `path`: its importers are scanned again once typing pauses (each
        keystroke re-scanning fifty importers would hold the scan thread and the interpreter)."""
        if not path or not os.path.isabs(path) or self.loop is None:
            return
        timer = self.dependents_timers.pop(path, None)
        if timer is not None:
            timer.cancel()

        def fire() -> None:
            self.dependents_timers.pop(path, None)
            self.rescan_dependents(path)

        self.dependents_timers[path] = self.loop.call_later(max(VERIFY_DELAY, self.config.debounce_seconds), fire)

    def rescan_dependents(self, path: str | None) -> None:
        """Scan again the open documents that import `path`, directly or through other modules."""
        if not path or not os.path.isabs(path):
            return
        changed = {Path(path).resolve()}
        graph = self.view.dependencies
        for _ in range(len(graph)):
            grown = changed | {importer for importer, modules in graph.items() if modules & changed}
            if grown == changed:
                break
            changed = grown
        for target in self.open_targets():
            if target.path and target.path != path and Path(target.path).resolve() in changed:
                self.request_scan(target)

    def _inline_ready(self, target, snapshot, settings) -> bool:
        return (isinstance(target, OpenDocument) and target.outcome is not None
                and len(snapshot.text.data) >= incremental.MIN_BYTES
                and len(snapshot.text.data) <= settings.max_file_size
                and (target.project is not None or not (target.path and os.path.isabs(target.path)))
                and not (settings.exclude and self.is_excluded(target.path, settings)))

    def _incremental(self, target, snapshot, prior: ScanOutcome | None, settings, generation) -> ScanOutcome | None:
        if (not isinstance(target, OpenDocument) or prior is None or prior.generation != generation
                or target.language is None or not has_grammar(target.language)
                or len(snapshot.text.data) < incremental.MIN_BYTES):
            return None
        edit = target.edit_since(prior.snapshot.version)
        if edit is None:
            return None
        prefilters = incremental.prefilters_for(target.language, settings)
        if prior.chunks is None:
            tree = prior.snapshot.tree
            if tree is None or tree.root_node.has_error:
                return None
            prior.chunks = incremental.chunks(tree, prior.snapshot.text.data, prior.snapshot.text.starts,
                                              self.chunk_cache, prefilters)
        current = incremental.chunks_after(prior.chunks, edit, target.language, snapshot.text.data,
                                           snapshot.text.starts, self.chunk_cache, prefilters)
        if not current:
            return None
        result = incremental.rescan(target.path or target.uri, snapshot.text.data, target.language, settings,
                                    target.project, edit, current, prior.chunks, prior.result,
                                    incremental.position_in(snapshot.text))
        if result is None:
            return None
        return ScanOutcome(snapshot, result, generation, chunks=current, incremental=True)

    def is_current(self, target, outcome: ScanOutcome | None) -> bool:
        return (outcome is not None and self.target(target.uri) is target
                and target.version == outcome.snapshot.version and outcome.generation == self.generation)

    def _publish_outcome(self, target, future: asyncio.Future) -> None:
        if future.cancelled():
            return
        if future.exception() is not None:
            log.error("scan of %s failed: %s", target.uri, future.exception())
            self._publish_what_still_holds(target)
            return
        outcome = future.result()
        if not self.is_current(target, outcome) or not self.config.enable:
            return  # stale: a newer version or setting has its own scan coming
        previous, target.outcome = target.outcome, outcome
        target.scan_due = False
        if isinstance(target, OpenDocument):
            target.adopt(outcome.snapshot)
        self._keep_if_resident(target)
        if outcome.incremental:
            self.schedule_verify(target, at_once=outcome.first_pass)
        if future_is_confirmation(previous, outcome):
            return  # a full scan agreeing with the incremental result: nothing new to say
        for uri, (version, items) in self.diagnostics_by_uri(outcome).items():
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=items))

    def _publish_what_still_holds(self, target) -> None:
        """After a failed scan: the previous findings that lie wholly in the text both versions
        share from the start (same bytes, same positions), published for the current version, so
        the editor keeps no diagnostic of an older text as if it were current."""
        if self.pull or not isinstance(target, OpenDocument):
            return
        previous = target.outcome
        kept: list[types.Diagnostic] = []
        if previous is not None and self.config.enable:
            shared = _common_prefix(previous.snapshot.text.data, target.text.data)
            for finding in previous.result.findings:
                view = previous.snapshot.locate(finding.span.start.byte)
                if view.uri == target.uri and finding.span.end.byte <= shared:
                    kept.append(diagnostic(finding, previous.snapshot.locate, self.encoding, self.path_uri))
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=target.uri, version=target.version, diagnostics=kept))

    def schedule_verify(self, target, *, at_once: bool = False) -> None:
        """Confirm an incremental result with a full scan once typing pauses (a first pass: now)."""
        if getattr(target, "verify", None) is not None:
            target.verify.cancel()
        delay = 0 if at_once else max(VERIFY_DELAY, self.config.debounce_seconds)

        def verify() -> None:
            target.verify = None
            if self.target(target.uri) is not target:
                return
            future = self.scan_target(target, full=True)
            if self.pull:
                future.add_done_callback(lambda f: self._pull_verified(target, f))
            else:
                future.add_done_callback(lambda f: self._publish_outcome(target, f))

        target.verify = self.loop.call_later(delay, verify)

    def _pull_verified(self, target, future: asyncio.Future) -> None:
        if future.cancelled() or future.exception() is not None:
            return
        outcome = future.result()
        if self.is_current(target, outcome):
            previous, target.outcome = target.outcome, outcome
            if isinstance(target, OpenDocument):
                target.adopt(outcome.snapshot)
            self._keep_if_resident(target)
            if not future_is_confirmation(previous, outcome):
                self.refresh_pull()

    async def current_outcome(self, target) -> ScanOutcome | None:
        """The outcome for the target's current version, scanning if needed (pull, fixAll).
        In onSave mode an unsaved edit does not make a scan due: the last result stands."""
        for _ in range(3):
            outcome = target.outcome
            if outcome is not None and outcome.generation == self.generation:
                if outcome.snapshot.version == target.version:
                    target.scan_due = False
                    return outcome
                if not target.scan_due:
                    return outcome
            result = await self.scan_target(target)
            if result is None or result.generation != self.generation:
                continue
            target.outcome = result
            if isinstance(target, OpenDocument):
                target.adopt(result.snapshot)
            self._keep_if_resident(target)
            if result.incremental:
                self.schedule_verify(target, at_once=result.first_pass)
            if result.snapshot.version == target.version:
                target.scan_due = False
                return result
        return target.outcome

    def rescan_all(self) -> None:
        for target in self.open_targets():
            target.outcome = None
            self.request_scan(target, immediate=True)
        if self.pull:
            self.refresh_pull()


def _common_prefix(old: bytes, new: bytes) -> int:
    """How many leading bytes two texts share (a binary search over slice comparisons)."""
    low, high = 0, min(len(old), len(new))
    while low < high:
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    return low
