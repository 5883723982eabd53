"""Feature registration: each LSP method the server answers, translated into calls on the
server's concerns (targets, scheduling, settings, workspace diagnostics, code actions)."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
import uuid

from lsprotocol import types
from pygls.uris import to_fs_path

from mistral_keyguard.lsp import actions, workspace_diagnostics
from mistral_keyguard.lsp.config import SECTION
from mistral_keyguard.lsp.convert import FIX_ALL_KIND, SOURCE
from mistral_keyguard.lsp.documents import OpenDocument, language_of
from mistral_keyguard.lsp.keyguard_server import KeyguardServer
from mistral_keyguard.lsp.notebooks import OpenNotebook
from mistral_keyguard.lsp.protocol import choose_encoding
from mistral_keyguard.lsp.text import DocumentText
from mistral_keyguard.languages import is_env_file
from mistral_keyguard.workspace import ProjectIndex

log = logging.getLogger("mistral_keyguard.lsp")
SCAN_WORKSPACE_COMMAND = "mistral-keyguard.scanWorkspace"
# Files whose change alters the settings or the project facts of every document.
_PROJECT_FILES = frozenset({".gitignore", "pyproject.toml", ".mistral-keyguard.toml", "package.json"})


def create_server() -> KeyguardServer:
    server = KeyguardServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: KeyguardServer, params: types.InitializeParams) -> None:
        _ensure_loop(ls)
        _watch_parent(params.process_id)
        ls.warm_up()
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
                           DocumentText.from_str(item.text), language_id=item.language_id, parse_now=False)
        old = ls.documents.get(item.uri)
        if old is not None:
            ls.cancel_pending(old)
        ls.documents[item.uri] = doc
        ls.make_resident(doc)
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
        ls.make_resident(doc)
        for note in doc.apply_changes(params.content_changes, params.text_document.version, ls.encoding):
            log.warning("%s", note)
        if doc.language is not None and ls.config.enable and ls.config.run == "onType":
            ls.request_scan(doc)
            ls.schedule_dependents(doc.path)  # what this module says may change what its importers leak


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
        ls.isolated.cancel(uri)
        ls.forget_document(uri)
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

    # --- diagnostics and code actions (see workspace_diagnostics.py and actions.py) ---

    @server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC, types.DiagnosticOptions(
        identifier=SOURCE, inter_file_dependencies=False, workspace_diagnostics=True))
    async def pull_diagnostics(ls: KeyguardServer, params: types.DocumentDiagnosticParams):
        return await workspace_diagnostics.document_diagnostic(ls, params)

    @server.feature(types.WORKSPACE_DIAGNOSTIC)
    async def pull_workspace_diagnostics(ls: KeyguardServer, params: types.WorkspaceDiagnosticParams):
        return await workspace_diagnostics.workspace_diagnostic(ls, params)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True))
    async def code_action(ls: KeyguardServer, params: types.CodeActionParams):
        return await actions.code_actions(ls, params)

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def resolve_code_action(ls: KeyguardServer, action: types.CodeAction) -> types.CodeAction:
        return await actions.resolve_code_action(ls, action)

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
            ls.view.forget_layout()
            if ls.config.enable:
                ls.rescan_dependents(to_fs_path(change.uri))
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


    @server.command(actions.UNTRACK_COMMAND)
    def untrack_command(ls: KeyguardServer, *args) -> dict:
        return ls.untrack(list(args[0]) if args and isinstance(args[0], (list, tuple)) else list(args))

    @server.command(actions.SHOW_ROUTE_COMMAND)
    def show_created_route_command(ls: KeyguardServer, *args) -> dict:
        return ls.show_created_route(list(args[0]) if args and isinstance(args[0], (list, tuple)) else list(args))

    @server.command(SCAN_WORKSPACE_COMMAND)
    def scan_workspace_command(ls: KeyguardServer, *args) -> dict:
        job = ls.start_workspace_scan()
        return {"started": job is not None, "folders": [str(f) for f in job.folders] if job else []}


    @server.feature(types.SHUTDOWN)
    def shutdown(ls: KeyguardServer, params) -> None:
        ls.stopping = True
        ls.isolated.close()
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
