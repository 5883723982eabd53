"""The server object: its state, and the concerns mixed into it from their own modules."""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import PurePath

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path

from mistral_keyguard import __version__, prefilter
from mistral_keyguard.lsp import incremental, workspace_scan
from mistral_keyguard.lsp.actions import CodeActions
from mistral_keyguard.lsp.config import ServerSettings, SettingsResolver
from mistral_keyguard.lsp.documents import OpenDocument
from mistral_keyguard.lsp.isolated import IsolatedScanner
from mistral_keyguard.lsp.notebooks import OpenNotebook
from mistral_keyguard.lsp.protocol import KeyguardProtocol
from mistral_keyguard.lsp.residency import Residency
from mistral_keyguard.lsp.scheduling import ScanScheduler
from mistral_keyguard.lsp.server_settings import SettingsState
from mistral_keyguard.lsp.targets import TargetStore
from mistral_keyguard.lsp.text import UTF16
from mistral_keyguard.lsp.workspace_diagnostics import WorkspaceDiagnostics
from mistral_keyguard.project_view import ProjectView
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import ProjectIndex

log = logging.getLogger("mistral_keyguard.lsp")


class KeyguardServer(TargetStore, ScanScheduler, SettingsState, WorkspaceDiagnostics, CodeActions, LanguageServer):
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
        self.view = ProjectView(Settings(), texts=self.open_text)
        self.pull = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.scan_executor = ThreadPoolExecutor(1, thread_name_prefix="mk-scan")
        # Large documents: their scan runs in a child process, waited for by this thread.
        self.isolated_executor = ThreadPoolExecutor(1, thread_name_prefix="mk-isolated")
        self.isolated = IsolatedScanner()
        self.view_lock = threading.Lock()
        self.workspace_executor = ThreadPoolExecutor(1, thread_name_prefix="mk-workspace")
        self.workspace_job: workspace_scan.ScanJob | None = None
        self.workspace_results: dict[str, list[types.Diagnostic]] = {}
        self.workspace_result_ids: dict[str, str] = {}
        self.workspace_changed = asyncio.Event()  # replaced (after being set) on every change
        self._shown_warnings: frozenset[str] = frozenset()
        self._skipped_large: set[str] = set()
        self.chunk_cache = incremental.ChunkCache()
        self.stopping = False  # set on `shutdown`: no new background work starts
        self.residency = Residency()
        self.trim_timer: asyncio.TimerHandle | None = None
        self.dependents_timers: dict[str, asyncio.TimerHandle] = {}  # by edited path, until they fire

    def forget_projects(self) -> None:
        """No document is open: the module summaries, import edges and file stamps the project view
        gathered for them go, and so does the last scanned text the prefilter remembers. A new
        view, not a cleared one: a scan still finishing in the worker may be reading the old."""
        self.view = ProjectView(Settings(), texts=self.open_text)
        prefilter.forget()

    def send_from_any_thread(self, fn) -> None:
        loop = self.loop
        if loop is None or loop.is_closed() or self.stopping:
            return  # after `shutdown` the client hears nothing more (its pipe may be closed)
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            fn()
            return
        try:
            loop.call_soon_threadsafe(lambda: None if self.stopping else fn())
        except RuntimeError:  # the loop closed meanwhile
            pass

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
        try:
            return from_fs_path(path) or path
        except UnicodeEncodeError:  # a file name that is not UTF-8: its bytes, percent-encoded
            return PurePath(path).as_uri() if PurePath(path).is_absolute() else path
