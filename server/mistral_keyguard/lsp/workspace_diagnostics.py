"""Diagnostics out: publishing (push), the pull requests for a document and for the workspace,
and the background scan of the workspace folders that feeds them."""

from __future__ import annotations

import asyncio
import logging
import os
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.uris import to_fs_path

from mistral_keyguard.lsp import workspace_scan
from mistral_keyguard.lsp.convert import TextView, diagnostic
from mistral_keyguard.lsp.documents import ScanOutcome
from mistral_keyguard.lsp.text import DocumentText

if TYPE_CHECKING:  # the server mixes this module's class in
    from mistral_keyguard.lsp.keyguard_server import KeyguardServer

log = logging.getLogger("mistral_keyguard.lsp")


class WorkspaceDiagnostics:
    """Diagnostics by uri for open targets, and the workspace scan's results for closed files."""

    def diagnostics_by_uri(self, outcome: ScanOutcome) -> dict[str, tuple[int | None, list[types.Diagnostic]]]:
        out = {view.uri: (view.version, []) for view in outcome.snapshot.views}
        if not self.config.enable:
            return out
        for finding in outcome.result.findings:
            item = diagnostic(finding, outcome.snapshot.locate, self.encoding, self.path_uri)
            view = outcome.snapshot.locate(finding.span.start.byte)
            out.setdefault(view.uri, (view.version, []))[1].append(item)
        return out

    def refresh_pull(self) -> None:
        if self.capability("workspace.diagnostics.refresh_support"):
            self.workspace_diagnostic_refresh(None)

    def clear(self, uri: str) -> None:
        if not self.pull:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

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


async def document_diagnostic(ls: KeyguardServer, params: types.DocumentDiagnosticParams):
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


async def workspace_diagnostic(ls: KeyguardServer, params: types.WorkspaceDiagnosticParams):
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
