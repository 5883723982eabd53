"""The language server: registers LSP features and translates between LSP and the engine.

Documents live in `documents.py`, notebooks in `notebooks.py`, settings in `config.py`, type
conversion in `convert.py`; the workspace scan in `workspace_scan.py`. Scans run in one worker
thread on an immutable snapshot; a result is published only if the document still has the
version (and the settings generation) the scan saw.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import stat
import sys
import threading
import time
import uuid
from dataclasses import replace
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.io_ import StdoutWriter, run_async
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import from_fs_path, to_fs_path

from mistral_keyguard import __version__
from mistral_keyguard.document import SourceText
from mistral_keyguard.edits import suppression_edit
from mistral_keyguard.engine import ScanResult
from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.finding import Finding
from mistral_keyguard.languages import has_grammar, parser
from mistral_keyguard.lsp import logs
from mistral_keyguard.lsp.config import SECTION, ServerSettings, SettingsResolver, parse_settings
from mistral_keyguard.lsp.convert import FIX_ALL_KIND, SOURCE, TextView, diagnostic, fix_data, lsp_edit
from mistral_keyguard.lsp.documents import OpenDocument, ScanOutcome, language_of
from mistral_keyguard.lsp.notebooks import OpenNotebook
from mistral_keyguard.rules.committed_key_file import as_notebook_findings
from mistral_keyguard.lsp.text import UTF8, UTF16, DocumentText
from mistral_keyguard.lsp import incremental, workspace_scan
from mistral_keyguard.workspace import ProjectIndex, is_env_file

log = logging.getLogger("mistral_keyguard.lsp")
SCAN_WORKSPACE_COMMAND = "mistral-keyguard.scanWorkspace"
# Files whose change alters the settings or the project facts of every document.
_PROJECT_FILES = frozenset({".gitignore", "pyproject.toml", ".mistral-keyguard.toml", "package.json"})


VERIFY_DELAY = 0.75  # seconds of quiet before a full scan confirms an incremental result


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


def choose_encoding(capabilities: types.ClientCapabilities) -> str:
    """UTF-8 when the client offers it (no conversion for us), else the mandatory UTF-16."""
    offered = (capabilities.general and capabilities.general.position_encodings) or []
    return UTF8 if UTF8 in offered else UTF16


class _Answered:
    """A message already answered during deserialisation: pygls ignores it (unknown version)."""

    jsonrpc = "answered"


class KeyguardProtocol(LanguageServerProtocol):
    """pygls' protocol, minus its own copy of every document: ours keeps bytes and a tree."""

    def structure_message(self, data):
        """pygls drops a request whose params do not fit the protocol types without answering;
        answer it with InvalidParams so the client does not wait forever."""
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if isinstance(data, dict) and "id" in data and "method" in data:
                log.warning("invalid params for %s: request %s answered with an error", data["method"], data["id"])
                self._send_response(data["id"], error=exc.to_response_error())
                return _Answered()
            raise

    def _user(self, method, params):
        if (handler := self.fm.features.get(method)) is not None:
            yield handler, (params,), None

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        result = yield from super().lsp_initialize(params)
        result.capabilities.position_encoding = self._server.encoding
        return result

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params):
        yield from self._user(types.TEXT_DOCUMENT_DID_CLOSE, params)

    @lsp_method(types.NOTEBOOK_DOCUMENT_DID_OPEN)
    def lsp_notebook_document__did_open(self, params):
        yield from self._user(types.NOTEBOOK_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def lsp_notebook_document__did_change(self, params):
        yield from self._user(types.NOTEBOOK_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def lsp_notebook_document__did_close(self, params):
        yield from self._user(types.NOTEBOOK_DOCUMENT_DID_CLOSE, params)


class KeyguardServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "mistral-keyguard", __version__, protocol_cls=KeyguardProtocol,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            notebook_document_sync=types.NotebookDocumentSyncOptions(
                notebook_selector=[types.NotebookDocumentFilterWithCells(
                    notebook="*", cells=[types.NotebookCellLanguage(language="python")])],
                save=True),
        )
        self.encoding: str = UTF16
        self.cli_log_level = "info"
        self.documents: dict[str, OpenDocument] = {}
        self.notebooks: dict[str, OpenNotebook] = {}
        self.cell_owner: dict[str, str] = {}  # cell uri -> notebook uri
        self.init_settings = ServerSettings()
        self.config = ServerSettings()
        self.generation = 0  # bumped on every settings change; results of older ones are stale
        self.resolver = SettingsResolver()
        self.index = ProjectIndex()
        self.pull = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.scan_executor = ThreadPoolExecutor(1, thread_name_prefix="mk-scan")
        self.workspace_executor = ThreadPoolExecutor(1, thread_name_prefix="mk-workspace")
        self.workspace_job: workspace_scan.ScanJob | None = None
        self.workspace_results: dict[str, list[types.Diagnostic]] = {}
        self.workspace_result_ids: dict[str, str] = {}
        self.workspace_changed = asyncio.Event()  # replaced (after being set) on every change
        self._shown_warnings: frozenset[str] = frozenset()
        self._skipped_large: set[str] = set()
        self.chunk_cache = incremental.ChunkCache()

    # --- plumbing -------------------------------------------------------------------------

    def send_from_any_thread(self, fn) -> None:
        loop = self.loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            fn()
        else:
            loop.call_soon_threadsafe(fn)

    def report_server_error(self, error: Exception, source) -> None:
        log.error("internal error (%s): %s", getattr(source, "__name__", source), error)

    def capability(self, dotted: str, default=None):
        node = self.client_capabilities
        for part in dotted.split("."):
            node = getattr(node, part, None)
            if node is None:
                return default
        return node

    def path_uri(self, path: str) -> str:
        return from_fs_path(path) or path

    def warn(self, warnings: list[str]) -> None:
        """One visible warning for a batch of settings problems (not repeated if unchanged)."""
        if not warnings or frozenset(warnings) == self._shown_warnings:
            return
        self._shown_warnings = frozenset(warnings)
        message = "mistral-keyguard settings: " + "; ".join(warnings)
        log.warning("%s", message)
        self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=message))

    # --- targets (documents and notebooks) ----------------------------------------------------

    def target(self, uri: str):
        if uri in self.documents:
            return self.documents[uri]
        if uri in self.cell_owner:
            return self.notebooks.get(self.cell_owner[uri])
        return self.notebooks.get(uri)

    def open_targets(self):
        return [*self.documents.values(), *self.notebooks.values()]

    def closed_document(self, uri: str) -> OpenDocument | None:
        """A file that is not open (a workspace-scan result the editor asks fixes for): its text
        from disk, unversioned, not kept."""
        path = to_fs_path(uri)
        if not path or not os.path.isfile(path):
            return None
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        return OpenDocument(uri, path, language_of(path, None), None, DocumentText(data))

    def current_view(self, target, uri: str) -> TextView | None:
        if isinstance(target, OpenNotebook):
            cell = target.cells.get(uri)
            return TextView(uri, cell.version, cell.text) if cell else None
        return TextView(target.uri, target.version, target.text)

    # --- scanning ---------------------------------------------------------------------------

    def request_scan(self, target, *, immediate: bool = False) -> None:
        target.scan_due = True
        if self.pull:
            return  # the client pulls; the next pull scans
        self.cancel_pending(target)
        delay = 0.0 if immediate else self.config.debounce_seconds
        if delay <= 0:
            target.pending = self.loop.call_soon(self._start_push_scan, target.uri)
        else:
            target.pending = self.loop.call_later(delay, self._start_push_scan, target.uri)

    def cancel_pending(self, target) -> None:
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

        def work():
            if target.version != snapshot.version or self.generation != generation:
                return None  # a newer edit or setting arrived while this waited
            if target.project is None and target.path and os.path.isabs(target.path):
                try:
                    target.project = self.index.context(Path(target.path))
                except (OSError, ValueError):
                    pass
            if settings.exclude and self.is_excluded(target.path, settings):
                return ScanOutcome(snapshot, ScanResult(target.path), generation)
            if len(snapshot.text.data) > settings.max_file_size:
                if target.uri not in self._skipped_large:
                    self._skipped_large.add(target.uri)
                    log.info("%s: not scanned, %d bytes is over max-file-size (%d)", target.uri,
                             len(snapshot.text.data), settings.max_file_size)
                return ScanOutcome(snapshot, ScanResult(target.path), generation)
            started = time.perf_counter()
            outcome = None if full else self._incremental(target, snapshot, prior, settings, generation)
            if outcome is None:
                scanned = snapshot
                if scanned.tree is None and language is not None and has_grammar(language):
                    tree = parser(language).parse(scanned.text.data, scanned.base) if scanned.base is not None \
                        else parser(language).parse(scanned.text.data)
                    scanned = replace(scanned, tree=tree, base=None)
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
            log.debug("scanned %s v%s in %.1f ms (%s): %d findings", target.uri, snapshot.version,
                      (time.perf_counter() - started) * 1000,
                      "incremental" if outcome.incremental else "full", len(outcome.result.findings))
            return outcome

        return self.loop.run_in_executor(self.scan_executor, work)

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

    def is_excluded(self, path: str | None, settings) -> bool:
        """An open document under an `exclude` glob is not scanned, as in `check`; globs are
        relative to the project file's folder, else to the workspace folder holding the document."""
        if not path or not os.path.isabs(path):
            return False
        bases = [self.resolver.project_folder(path), *self.workspace_folders()]
        for base in bases:
            if base is not None and Path(path).is_relative_to(base):
                import pathspec

                rel = Path(path).relative_to(base).as_posix()
                return pathspec.GitIgnoreSpec.from_lines(settings.exclude).match_file(rel)
        return False

    def is_current(self, target, outcome: ScanOutcome | None) -> bool:
        return (outcome is not None and self.target(target.uri) is target
                and target.version == outcome.snapshot.version and outcome.generation == self.generation)

    def _publish_outcome(self, target, future: asyncio.Future) -> None:
        if future.cancelled():
            return
        if future.exception() is not None:
            log.error("scan of %s failed: %s", target.uri, future.exception())
            return
        outcome = future.result()
        if not self.is_current(target, outcome) or not self.config.enable:
            return  # stale: a newer version or setting has its own scan coming
        previous, target.outcome = target.outcome, outcome
        target.scan_due = False
        if isinstance(target, OpenDocument):
            target.adopt(outcome.snapshot)
        if outcome.incremental:
            self.schedule_verify(target)
        if future_is_confirmation(previous, outcome):
            return  # a full scan agreeing with the incremental result: nothing new to say
        for uri, (version, items) in self.diagnostics_by_uri(outcome).items():
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=items))

    def schedule_verify(self, target) -> None:
        """Confirm an incremental result with a full scan once typing pauses."""
        if getattr(target, "verify", None) is not None:
            target.verify.cancel()
        delay = max(VERIFY_DELAY, self.config.debounce_seconds)

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
            if not future_is_confirmation(previous, outcome):
                self.refresh_pull()

    def diagnostics_by_uri(self, outcome: ScanOutcome) -> dict[str, tuple[int | None, list[types.Diagnostic]]]:
        out = {view.uri: (view.version, []) for view in outcome.snapshot.views}
        if not self.config.enable:
            return out
        for finding in outcome.result.findings:
            item = diagnostic(finding, outcome.snapshot.locate, self.encoding, self.path_uri)
            view = outcome.snapshot.locate(finding.span.start.byte)
            out.setdefault(view.uri, (view.version, []))[1].append(item)
        return out

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
            if result.incremental:
                self.schedule_verify(target)
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

    def refresh_pull(self) -> None:
        if self.capability("workspace.diagnostics.refresh_support"):
            self.workspace_diagnostic_refresh(None)

    def clear(self, uri: str) -> None:
        if not self.pull:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    # --- settings ---------------------------------------------------------------------------

    def apply_settings(self, raw, *, from_init: bool = False) -> None:
        if from_init:
            self.init_settings, warnings = parse_settings(raw)
            new = self.init_settings
        else:
            new, warnings = parse_settings(raw, base=self.init_settings)
            if raw is None:
                new = self.init_settings
        self.warn(warnings)
        logs.set_level(new.log_level or self.cli_log_level)
        old, self.config = self.config, new
        if old == new and not from_init:
            return
        self.generation += 1
        self.resolver.clear()
        log.info("settings: enable=%s run=%s debounceMs=%s scanWorkspace=%s", new.enable, new.run,
                 new.debounce_ms, new.scan_workspace)
        if from_init or self.loop is None:
            return  # initialize: nothing is open yet; `initialized` starts the workspace scan
        if not new.enable:
            for target in self.open_targets():
                self.cancel_pending(target)
                for view in target.snapshot().views:
                    self.clear(view.uri)
            self.cancel_workspace_scan(clear=True)
            if self.pull:
                self.refresh_pull()
            return
        self.rescan_all()
        if new.scan_workspace and (not old.scan_workspace or old.scan != new.scan or not old.enable):
            self.start_workspace_scan()
        elif not new.scan_workspace and old.scan_workspace:
            self.cancel_workspace_scan(clear=True)

    async def pull_configuration(self) -> None:
        if not self.capability("workspace.configuration"):
            return
        try:
            values = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)]))
        except Exception as exc:  # a client that fails here still gets defaults
            log.warning("workspace/configuration failed: %s", exc)
            return
        self.apply_settings(values[0] if values else None)

    # --- workspace scan ---------------------------------------------------------------------

    def workspace_folders(self) -> list[Path]:
        folders = []
        for folder in self.workspace.folders.values():
            path = to_fs_path(folder.uri)
            if path and os.path.isdir(path):
                folders.append(Path(path))
        if not folders and self.workspace.root_path and os.path.isdir(self.workspace.root_path):
            folders.append(Path(self.workspace.root_path))
        return folders

    def workspace_touched(self) -> None:
        """Wake long-polling workspace/diagnostic requests."""
        event, self.workspace_changed = self.workspace_changed, asyncio.Event()
        event.set()

    def cancel_workspace_scan(self, *, clear: bool = False) -> None:
        if self.workspace_job is not None:
            self.workspace_job.cancel()
        if clear:
            for uri in list(self.workspace_results):
                if self.target(uri) is None:
                    self.clear(uri)
            self.workspace_results.clear()
            self.workspace_touched()

    def start_workspace_scan(self) -> workspace_scan.ScanJob | None:
        folders = self.workspace_folders()
        if not folders or not self.config.enable:
            return None
        self.cancel_workspace_scan()
        job = workspace_scan.ScanJob(folders)
        self.workspace_job = job
        asyncio.ensure_future(self._run_workspace_scan(job))
        return job

    async def _run_workspace_scan(self, job: workspace_scan.ScanJob) -> None:
        token = None
        progress = self.work_done_progress
        if self.capability("window.work_done_progress"):
            token = f"mistral-keyguard/workspace/{uuid.uuid4()}"
            try:
                await progress.create_async(token)
            except Exception as exc:
                log.warning("cannot create progress: %s", exc)
                token = None
        if token is not None:
            progress.begin(token, types.WorkDoneProgressBegin(
                title="mistral-keyguard: scanning workspace", cancellable=True, percentage=0,
                message="listing files"))
            progress.tokens[token].add_done_callback(lambda f: job.cancel() if f.cancelled() else None)
        generation = self.generation
        started = time.perf_counter()

        def on_progress(count: int, total: int) -> None:
            if token is None or job.cancelled.is_set():
                return
            percentage = 100 if total == 0 else int(count * 100 / total)
            self.send_from_any_thread(lambda: progress.report(token, types.WorkDoneProgressReport(
                message=f"{count}/{total} files", percentage=percentage, cancellable=True)))

        def on_file(scanned: workspace_scan.FileScan) -> None:
            self.send_from_any_thread(lambda: self._workspace_file_done(scanned, generation))

        def skip(path: Path) -> bool:
            return self.target(self.path_uri(str(path))) is not None

        completed = await self.loop.run_in_executor(
            self.workspace_executor, workspace_scan.run, job,
            lambda folder: self.resolver.for_path(str(folder / "x"), self.config)[0], on_file, on_progress, skip)
        elapsed = time.perf_counter() - started
        message = (f"{job.scanned} files scanned in {elapsed:.1f} s" if completed
                   else f"cancelled after {job.scanned} of {job.total} files")
        log.info("workspace scan: %s", message)
        if token is not None:
            progress.end(token, types.WorkDoneProgressEnd(message=message))
            progress.tokens.pop(token, None)
        if self.pull:
            self.refresh_pull()

    def _workspace_file_done(self, scanned: workspace_scan.FileScan, generation: int) -> None:
        if generation != self.generation or not self.config.enable:
            return
        uri = self.path_uri(str(scanned.path))
        if self.target(uri) is not None:
            return  # the editor's copy wins
        items = []
        if scanned.data is not None:
            text = DocumentText(scanned.data)
            view = TextView(uri, None, text)
            items = [diagnostic(f, lambda _b: view, self.encoding, self.path_uri) for f in scanned.result.findings]
        had = uri in self.workspace_results
        if items:
            self.workspace_results[uri] = items
            self.workspace_result_ids[uri] = str(uuid.uuid4())
            self.workspace_touched()
        elif self.workspace_results.pop(uri, None) is not None:
            self.workspace_touched()
        if not self.pull and (items or had):
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=items))

    def rescan_file_on_disk(self, uri: str) -> None:
        path = to_fs_path(uri)
        if not path or not os.path.isfile(path):
            return
        settings, _ = self.resolver.for_path(path, self.config)
        generation = self.generation
        future = self.loop.run_in_executor(self.workspace_executor, workspace_scan.scan_one, Path(path), settings)
        future.add_done_callback(
            lambda f: None if f.cancelled() or f.exception() else self._workspace_file_done(f.result(), generation))

    # --- code actions -----------------------------------------------------------------------

    def fixes_for(self, target, diag: types.Diagnostic) -> list[dict]:
        """The fixes of a diagnostic, brought up to date when the document changed since."""
        data = diag.data if isinstance(diag.data, dict) else {}
        fixes = data.get("fixes") or []
        view = self.current_view(target, data.get("uri") or "")
        if view is not None and data.get("version") != view.version:
            outcome = target.outcome
            if outcome is not None and outcome.snapshot.version == target.version:
                finding = next((f for f in outcome.result.findings
                                if f.fingerprint == data.get("fingerprint")), None)
                if finding is None:
                    return []
                fixes = [fix_data(fix, outcome.snapshot.locate, self.encoding, self.path_uri)
                         for fix in finding.fixes]
        return fixes

    def workspace_edit(self, edits: list[dict], creations: list[dict]) -> types.WorkspaceEdit | None:
        """A WorkspaceEdit from fix data: versioned documentChanges when the client has them."""
        by_doc: dict[tuple[str, int | None], list[types.TextEdit]] = {}
        for edit in edits:
            by_doc.setdefault((edit["uri"], edit.get("version")), []).append(self.text_edit(edit))
        if not self.capability("workspace.workspace_edit.document_changes"):
            if creations:
                return None
            changes: dict[str, list[types.TextEdit]] = {}
            for (uri, _), items in by_doc.items():
                changes.setdefault(uri, []).extend(items)
            return types.WorkspaceEdit(changes=changes)
        operations: list = []
        for creation in creations:
            operations.append(types.CreateFile(uri=creation["uri"],
                                               options=types.CreateFileOptions(ignore_if_exists=True)))
            operations.append(types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=creation["uri"], version=None),
                edits=[types.TextEdit(range=types.Range(start=types.Position(line=0, character=0),
                                                        end=types.Position(line=0, character=0)),
                                      new_text=creation["text"])]))
        for (uri, version), items in by_doc.items():
            operations.append(types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=items))
        return types.WorkspaceEdit(document_changes=operations)

    def text_edit(self, edit: dict) -> types.TextEdit:
        if "range" in edit:
            return lsp_edit(edit)
        # an edit in another file, in bytes of that file: convert with its current text
        target = self.target(edit["uri"])
        view = self.current_view(target, edit["uri"]) if target else None
        if view is not None:
            text = view.text
        else:
            path = to_fs_path(edit["uri"])
            try:
                text = DocumentText(Path(path).read_bytes()) if path and os.path.isfile(path) else DocumentText(b"")
            except OSError:
                text = DocumentText(b"")
        start, end = edit["bytes"]
        return types.TextEdit(range=text.range(start, end, self.encoding), new_text=edit["newText"])

    def creates_allowed(self) -> bool:
        operations = self.capability("workspace.workspace_edit.resource_operations") or []
        return types.ResourceOperationKind.Create in operations and bool(
            self.capability("workspace.workspace_edit.document_changes"))

    def fix_action(self, uri: str, diag: types.Diagnostic, fix: dict, lazy: bool) -> types.CodeAction | None:
        action = types.CodeAction(title=fix["title"], kind=types.CodeActionKind.QuickFix,
                                  diagnostics=[diag], is_preferred=bool(fix.get("preferred")) or None)
        if fix.get("creations") and not self.creates_allowed():
            reason = "this fix creates a file, which this editor does not allow language servers to do"
            if self.capability("text_document.code_action.disabled_support"):
                action.disabled = types.CodeActionDisabled(reason=reason)
                return action
            log.info("%s: %s (%s)", uri, reason, fix["title"])
            return None
        if lazy:
            action.data = {"uri": uri, "fix": fix}
        else:
            action.edit = self.workspace_edit(fix["edits"], fix.get("creations") or [])
        return action

    def ignore_action(self, target, uri: str, diag: types.Diagnostic) -> types.CodeAction | None:
        view = self.current_view(target, uri)
        code = str(diag.code)
        if view is None:
            return None
        language = target.language
        tree = target.current_tree() if isinstance(target, OpenDocument) else None
        if tree is None and language and has_grammar(language):
            tree = parser(language).parse(view.text.data)
        edit = suppression_edit(SourceText(view.text.data), language or "", diag.range.start.line, code, tree)
        if edit is None:
            return None
        rng = view.text.range(edit.start, edit.end, self.encoding)
        workspace_edit = self.workspace_edit(
            [{"uri": uri, "version": view.version,
              "range": [rng.start.line, rng.start.character, rng.end.line, rng.end.character],
              "newText": edit.new_text}], [])
        return types.CodeAction(title=f"Ignore {code} on this line", kind=types.CodeActionKind.QuickFix,
                                diagnostics=[diag], edit=workspace_edit)

    async def fix_all_action(self, target) -> types.CodeAction | None:
        outcome = await self.current_outcome(target)
        if outcome is None:
            return None
        edits: list[dict] = []
        taken: list[tuple[str, int, int]] = []
        for finding in outcome.result.findings:
            for fix in finding.fixes:
                if not fix.safe or fix.creations:
                    continue
                spans = [(e.path or "", e.start, e.end) for e in fix.edits]
                if any(p == q and s < e2 and s2 < e for p, s, e in spans for q, s2, e2 in taken):
                    continue  # overlaps an edit already taken: the next fixAll run gets it
                taken.extend(spans)
                edits.extend(fix_data(fix, outcome.snapshot.locate, self.encoding, self.path_uri)["edits"])
                break
        if not edits:
            return None
        return types.CodeAction(title="mistral-keyguard: fix all safe issues", kind=FIX_ALL_KIND,
                                edit=self.workspace_edit(edits, []))


def _wants(kind: str, only: list[str] | None) -> bool:
    if not only:
        return True
    return any(kind == o or kind.startswith(f"{o}.") for o in only)


def create_server() -> KeyguardServer:
    server = KeyguardServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: KeyguardServer, params: types.InitializeParams) -> None:
        _ensure_loop(ls)
        _watch_parent(params.process_id)
        ls.encoding = choose_encoding(params.capabilities)
        ls.pull = params.capabilities.text_document is not None and \
            params.capabilities.text_document.diagnostic is not None
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("settings"), dict):
            options = options["settings"]
        ls.apply_settings(options, from_init=True)
        log.info("initialize: %s, position encoding %s, %s diagnostics",
                 params.client_info.name if params.client_info else "unknown client",
                 getattr(ls.encoding, "value", ls.encoding), "pull" if ls.pull else "push")

    @server.feature(types.INITIALIZED)
    async def initialized(ls: KeyguardServer, params: types.InitializedParams) -> None:
        ls.loop = asyncio.get_running_loop()
        ls.pull_configuration_task = asyncio.ensure_future(_after_initialized(ls))

    async def _after_initialized(ls: KeyguardServer) -> None:
        await _register_dynamic(ls)
        await ls.pull_configuration()
        if ls.config.scan_workspace:
            ls.start_workspace_scan()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: KeyguardServer, params: types.DidOpenTextDocumentParams) -> None:
        _ensure_loop(ls)
        item = params.text_document
        path = to_fs_path(item.uri) or ""
        doc = OpenDocument(item.uri, path, language_of(path, item.language_id), item.version,
                           DocumentText.from_str(item.text), language_id=item.language_id)
        old = ls.documents.get(item.uri)
        if old is not None:
            ls.cancel_pending(old)
        ls.documents[item.uri] = doc
        if item.uri in ls.workspace_results:
            if ls.pull:
                ls.workspace_touched()  # the workspace report for it must make way for the document's
            else:
                ls.workspace_results.pop(item.uri, None)
        if doc.language is None:
            log.debug("%s: no rules for this file type", item.uri)
            return
        if ls.config.enable:
            ls.request_scan(doc, immediate=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: KeyguardServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        doc = ls.documents.get(uri)
        if doc is None:
            log.warning("didChange for %s, which is not open: ignored", uri)
            return
        ls.cancel_pending(doc)  # a newer edit replaces the pending scan of the older version
        for note in doc.apply_changes(params.content_changes, params.text_document.version, ls.encoding):
            log.warning("%s", note)
        if doc.language is not None and ls.config.enable and ls.config.run == "onType":
            ls.request_scan(doc)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: KeyguardServer, params: types.DidSaveTextDocumentParams) -> None:
        target = ls.target(params.text_document.uri)
        if target is None or target.language is None or not ls.config.enable:
            return
        ls.request_scan(target, immediate=True)
        if ls.pull and ls.config.run == "onSave":
            ls.refresh_pull()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: KeyguardServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        doc = ls.documents.pop(uri, None)
        if doc is None:
            log.debug("didClose for %s, which is not open", uri)
            return
        ls.cancel_pending(doc)
        ls.clear(uri)
        if ls.config.scan_workspace and ls.config.enable:
            ls.rescan_file_on_disk(uri)

    # --- notebooks ---

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_OPEN)
    def notebook_open(ls: KeyguardServer, params: types.DidOpenNotebookDocumentParams) -> None:
        _ensure_loop(ls)
        nb = params.notebook_document
        notebook = OpenNotebook(nb.uri, to_fs_path(nb.uri) or nb.uri, nb.version)
        notebook.set_cells(0, 0, list(nb.cells))
        for item in params.cell_text_documents:
            notebook.open_cell(item)
            ls.cell_owner[item.uri] = nb.uri
        ls.notebooks[nb.uri] = notebook
        if ls.config.enable:
            ls.request_scan(notebook, immediate=True)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def notebook_change(ls: KeyguardServer, params: types.DidChangeNotebookDocumentParams) -> None:
        notebook = ls.notebooks.get(params.notebook_document.uri)
        if notebook is None:
            log.warning("notebook change for %s, which is not open: ignored", params.notebook_document.uri)
            return
        ls.cancel_pending(notebook)
        notebook.version = params.notebook_document.version
        cells = params.change.cells
        if cells is not None:
            if cells.structure is not None:
                structure = cells.structure
                for closed in structure.did_close or []:
                    notebook.cells.pop(closed.uri, None)
                    ls.cell_owner.pop(closed.uri, None)
                    ls.clear(closed.uri)
                notebook.set_cells(structure.array.start, structure.array.delete_count,
                                   list(structure.array.cells or []))
                for item in structure.did_open or []:
                    notebook.open_cell(item)
                    ls.cell_owner[item.uri] = notebook.uri
            if cells.data:
                notebook.update_cell_kinds(list(cells.data))
            for content in cells.text_content or []:
                cell = notebook.cells.get(content.document.uri)
                if cell is None:
                    continue
                for note in cell.apply_changes(content.changes, content.document.version, ls.encoding):
                    log.warning("%s", note)
        if ls.config.enable and ls.config.run == "onType":
            ls.request_scan(notebook)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_SAVE)
    def notebook_save(ls: KeyguardServer, params: types.DidSaveNotebookDocumentParams) -> None:
        notebook = ls.notebooks.get(params.notebook_document.uri)
        if notebook is not None and ls.config.enable:
            ls.request_scan(notebook, immediate=True)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def notebook_close(ls: KeyguardServer, params: types.DidCloseNotebookDocumentParams) -> None:
        notebook = ls.notebooks.pop(params.notebook_document.uri, None)
        if notebook is None:
            return
        ls.cancel_pending(notebook)
        for uri in list(notebook.cells):
            ls.cell_owner.pop(uri, None)
            ls.clear(uri)

    # --- pull diagnostics ---

    @server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC, types.DiagnosticOptions(
        identifier=SOURCE, inter_file_dependencies=False, workspace_diagnostics=True))
    async def pull_diagnostics(ls: KeyguardServer, params: types.DocumentDiagnosticParams):
        uri = params.text_document.uri
        target = ls.target(uri)
        if target is None:
            items = ls.workspace_results.get(uri, [])
            return types.RelatedFullDocumentDiagnosticReport(items=items)
        if target.language is None or not ls.config.enable:
            return types.RelatedFullDocumentDiagnosticReport(items=[], result_id=f"{ls.generation}:off")
        outcome = await ls.current_outcome(target)
        if outcome is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        by_uri = ls.diagnostics_by_uri(outcome)
        version, items = by_uri.get(uri, (None, []))
        result_id = f"{outcome.generation}:{outcome.snapshot.version}:{version}"
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        return types.RelatedFullDocumentDiagnosticReport(items=items, result_id=result_id)

    @server.feature(types.WORKSPACE_DIAGNOSTIC)
    async def workspace_diagnostics(ls: KeyguardServer, params: types.WorkspaceDiagnosticParams):
        """Long-polling, as the protocol intends: with nothing new since the client's previous
        result ids, the request stays open until the workspace results change (or the client
        cancels it), instead of answering at once and being asked again every two seconds."""
        previous = {p.uri: p.value for p in params.previous_result_ids or []}
        while True:
            changed = ls.workspace_changed
            reports = []
            fresh = not previous
            for uri, items in ls.workspace_results.items():
                if ls.target(uri) is not None:
                    continue
                result_id = ls.workspace_result_ids.get(uri, "")
                if previous.get(uri) == result_id:
                    reports.append(types.WorkspaceUnchangedDocumentDiagnosticReport(
                        uri=uri, version=None, result_id=result_id))
                else:
                    fresh = True
                    reports.append(types.WorkspaceFullDocumentDiagnosticReport(
                        uri=uri, version=None, items=items, result_id=result_id))
            for uri, result_id in previous.items():
                gone = uri not in ls.workspace_results or ls.target(uri) is not None
                if gone and not result_id.startswith("gone:"):
                    fresh = True  # deleted, clean now, or open (its own pull takes over)
                    reports.append(types.WorkspaceFullDocumentDiagnosticReport(
                        uri=uri, version=None, items=[], result_id=f"gone:{uuid.uuid4()}"))
            if fresh:
                return types.WorkspaceDiagnosticReport(items=reports)
            await changed.wait()

    # --- code actions ---

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True))
    async def code_action(ls: KeyguardServer, params: types.CodeActionParams):
        uri = params.text_document.uri
        target = ls.target(uri) or ls.closed_document(uri)
        if target is None:
            raise JsonRpcInvalidParams(f"{uri} is neither open in the server nor a readable file")
        only = [str(k) for k in params.context.only] if params.context.only else None
        actions: list[types.CodeAction] = []
        resolve = "edit" in (ls.capability("text_document.code_action.resolve_support.properties") or [])
        if _wants(types.CodeActionKind.QuickFix, only):
            seen: set[tuple[int, str]] = set()
            for diag in params.context.diagnostics:
                if diag.source != SOURCE or diag.code is None:
                    continue
                for fix in ls.fixes_for(target, diag):
                    action = ls.fix_action(uri, diag, fix, lazy=resolve)
                    if action is not None:
                        actions.append(action)
                key = (diag.range.start.line, str(diag.code))
                if key not in seen:
                    seen.add(key)
                    ignore = ls.ignore_action(target, uri, diag)
                    if ignore is not None:
                        actions.append(ignore)
        if only and _wants(FIX_ALL_KIND, only) or (not only and any(
                d.source == SOURCE for d in params.context.diagnostics)):
            fix_all = await ls.fix_all_action(target)
            if fix_all is not None:
                actions.append(fix_all)
        return actions or None

    @server.feature(types.CODE_ACTION_RESOLVE)
    def resolve_code_action(ls: KeyguardServer, action: types.CodeAction) -> types.CodeAction:
        data = action.data if isinstance(action.data, dict) else None
        if data and isinstance(data.get("fix"), dict) and action.edit is None:
            fix = data["fix"]
            action.edit = ls.workspace_edit(fix.get("edits") or [], fix.get("creations") or [])
        return action

    # --- settings and files ---

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: KeyguardServer, params: types.DidChangeConfigurationParams) -> None:
        settings = params.settings
        if isinstance(settings, dict) and SECTION in settings:
            ls.apply_settings(settings[SECTION])
        elif isinstance(settings, dict) and settings and not ls.capability("workspace.configuration"):
            ls.apply_settings(settings)
        else:
            await ls.pull_configuration()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: KeyguardServer, params: types.DidChangeWatchedFilesParams) -> None:
        project_changed = False
        for change in params.changes:
            name = change.uri.rsplit("/", 1)[-1]
            if name in _PROJECT_FILES or is_env_file(name):
                project_changed = True  # fixes append to .env: its cached text must be current
            if ls.target(change.uri) is not None:
                continue
            if change.type == types.FileChangeType.Deleted:
                if ls.workspace_results.pop(change.uri, None) is not None:
                    ls.clear(change.uri)
                    ls.workspace_touched()
            elif ls.config.scan_workspace and ls.config.enable:
                ls.rescan_file_on_disk(change.uri)
        if project_changed:
            ls.index = ProjectIndex()
            ls.resolver.clear()
            for target in ls.open_targets():
                target.project = None
            ls.generation += 1
            ls.rescan_all()
        if ls.pull:
            ls.refresh_pull()

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def did_change_folders(ls: KeyguardServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        if ls.config.scan_workspace and ls.config.enable:
            ls.start_workspace_scan()

    @server.command(SCAN_WORKSPACE_COMMAND)
    def scan_workspace_command(ls: KeyguardServer, *args) -> dict:
        job = ls.start_workspace_scan()
        return {"started": job is not None, "folders": [str(f) for f in job.folders] if job else []}

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: KeyguardServer, params) -> None:
        ls.cancel_workspace_scan()
        for target in ls.open_targets():
            ls.cancel_pending(target)

    return server


def _ensure_loop(ls: KeyguardServer) -> None:
    if ls.loop is None:
        ls.loop = asyncio.get_running_loop()


async def _register_dynamic(ls: KeyguardServer) -> None:
    """Ask for configuration-change and file-change notifications where the client wants us to."""
    registrations = []
    if ls.capability("workspace.did_change_configuration.dynamic_registration"):
        registrations.append(types.Registration(id=str(uuid.uuid4()),
                                                method=types.WORKSPACE_DID_CHANGE_CONFIGURATION,
                                                register_options={"section": SECTION}))
    if ls.capability("workspace.did_change_watched_files.dynamic_registration"):
        registrations.append(types.Registration(
            id=str(uuid.uuid4()), method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern="**/*")])))
    if not registrations:
        return
    try:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=registrations))
    except Exception as exc:
        log.warning("dynamic registration failed: %s", exc)


def _watch_parent(pid: int | None) -> None:
    """Exit when the client process is gone (the protocol's processId)."""
    if not pid or pid == os.getpid():
        return

    def poll() -> None:
        while True:
            time.sleep(3)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                log.info("client process %d is gone; exiting", pid)
                os._exit(0)
            except PermissionError:
                pass

    threading.Thread(target=poll, name="mk-parent-watch", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    """`mistral-keyguard server [--tcp --host H --port N] [--log-level LEVEL]`."""
    args = _arguments().parse_args(argv)
    logs.setup(args.log_level)
    server = create_server()
    server.cli_log_level = args.log_level
    # Everything loaded so far (grammars, queries, protocol types) lives as long as the process:
    # keep it out of the cyclic collector's way, whose full passes otherwise cost keystrokes.
    gc.collect()
    gc.freeze()
    # A full scan in the worker holds the GIL in long Python stretches; hand it back to the event
    # loop sooner than the default 5 ms so a keystroke typed meanwhile is not queued behind it.
    sys.setswitchinterval(0.001)
    logs.attach_client(server)
    try:
        if args.tcp:
            log.info("listening on %s:%d", args.host, args.port)
            server.start_tcp(args.host, args.port)
        else:
            serve_stdio(server)
    finally:
        server.cancel_workspace_scan()
        server.scan_executor.shutdown(wait=False, cancel_futures=True)
        server.workspace_executor.shutdown(wait=False, cancel_futures=True)
    return 0


def serve_stdio(server: KeyguardServer) -> None:
    """Like pygls' `start_io`, but stdin is read by the event loop itself (a pipe transport), not
    by a thread per read: a keystroke reaches the handler without waiting for a thread switch."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    if not stat.S_ISFIFO(os.fstat(stdin.fileno()).st_mode) and not stat.S_ISSOCK(os.fstat(stdin.fileno()).st_mode):
        server.start_io()  # a file or terminal: pygls' threaded reader copes with those
        return
    server._stop_event = threading.Event()
    server.protocol.set_writer(StdoutWriter(stdout))

    async def loop_main() -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=2 ** 26)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), stdin)
        try:
            await run_async(stop_event=server._stop_event, reader=reader, protocol=server.protocol,
                            logger=log, error_handler=server.report_server_error)
        except asyncio.IncompleteReadError:
            log.info("stdin closed in the middle of a message")

    try:
        asyncio.run(loop_main())
    except BrokenPipeError:
        log.error("connection to the client is lost; shutting down")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()


def _arguments() -> argparse.ArgumentParser:
    parser_ = argparse.ArgumentParser(prog="mistral-keyguard server",
                                      description="Run the mistral-keyguard language server.")
    parser_.add_argument("--stdio", action="store_true", help="speak LSP over stdin/stdout (the default)")
    parser_.add_argument("--tcp", action="store_true", help="listen on TCP instead of stdio (for debugging)")
    parser_.add_argument("--host", default="127.0.0.1")
    parser_.add_argument("--port", type=int, default=2087)
    parser_.add_argument("--log-level", default="info", choices=["error", "warning", "info", "debug"])
    return parser_
