"""A pytest-lsp client factory: the real server as a subprocess, notifications awaited, no sleeps."""

from __future__ import annotations

import asyncio
import importlib.util
import os
import sys
from pathlib import Path
from typing import Union

import pytest_asyncio
from lsprotocol import types
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, LanguageClient, register_lsp_features
from pytest_lsp.protocol import LanguageClientProtocol
from pygls.protocol import default_converter

from keyguard_testing import make_key  # noqa: E402

SERVER = [sys.executable, "-m", "mistral_keyguard.lsp", "--log-level", "debug"]
# A bound on a hang, not a speed goal: shared CI machines run the workspace scans slowly.
TIMEOUT = 60


class Client(LanguageClient):
    """Records every publish and progress notification and wakes waiters when one arrives."""

    def __init__(self) -> None:
        super().__init__(protocol_cls=LanguageClientProtocol, converter_factory=default_converter)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.progress_values: list[tuple[object, object]] = []
        self.event = asyncio.Event()

    def notify_waiters(self) -> None:
        self.event.set()

    async def wait_until(self, predicate, timeout: float = TIMEOUT):
        """Wait until `predicate()` is truthy; it is checked after every notification."""
        async with asyncio.timeout(timeout):
            while True:
                self.event.clear()
                result = predicate()
                if result:
                    return result
                await self.event.wait()

    async def diagnostics_for(self, uri: str, version=None, *, after: int = 0, predicate=None):
        """The first publish for `uri` (at `version`) after index `after` that satisfies predicate."""
        def find():
            for params in self.published[after:]:
                if params.uri == uri and (version is None or params.version == version):
                    if predicate is None or predicate(params.diagnostics):
                        return params
            return None
        return await self.wait_until(find)

    def open(self, uri: str, text: str, language_id: str = "python", version: int = 1) -> None:
        self.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language_id, version=version, text=text)))

    def change(self, uri: str, version: int, start: tuple[int, int], end: tuple[int, int], text: str) -> None:
        self.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=start[0], character=start[1]),
                                  end=types.Position(line=end[0], character=end[1])),
                text=text)]))


def _make_client() -> Client:
    client = Client()
    features = dict(DEFAULT_CLIENT_FEATURES)
    base_publish = features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]
    base_progress = features[types.PROGRESS]
    base_log = features[types.WINDOW_LOG_MESSAGE]
    base_show = features[types.WINDOW_SHOW_MESSAGE]

    def publish(client: Client, params):
        base_publish(client, params)
        client.published.append(params)
        client.notify_waiters()

    def progress(client: Client, params):
        base_progress(client, params)
        client.notify_waiters()

    def log_message(client: Client, params):
        base_log(client, params)
        client.notify_waiters()

    def show_message(client: Client, params):
        base_show(client, params)
        client.notify_waiters()

    base_show_document = features[types.WINDOW_SHOW_DOCUMENT]

    def show_document(client: Client, params):
        result = base_show_document(client, params)
        client.notify_waiters()
        return result

    features[types.WINDOW_SHOW_DOCUMENT] = show_document
    base_refresh = features[types.WORKSPACE_DIAGNOSTIC_REFRESH]

    def refresh(client: Client, params):
        base_refresh(client, params)
        client.notify_waiters()

    features[types.WORKSPACE_DIAGNOSTIC_REFRESH] = refresh
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    features[types.PROGRESS] = progress
    features[types.WINDOW_LOG_MESSAGE] = log_message
    features[types.WINDOW_SHOW_MESSAGE] = show_message
    register_lsp_features(client, features)
    converter = client.protocol._converter  # lsprotocol reads any code action with a command as a Command
    converter.register_structure_hook(
        Union[types.Command, types.CodeAction],
        lambda obj, _: converter.structure(obj, types.Command if isinstance(obj.get("command"), str)
                                           else types.CodeAction))
    return client


def capabilities(*, pull: bool = False, encodings: list[str] | None = None, progress: bool = False,
                 notebooks: bool = False, configuration: bool = True,
                 resource_operations: bool = False, resolve: bool = False,
                 show_document: bool = False) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        text_document=types.TextDocumentClientCapabilities(
            synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True,
                                                                           related_information=True),
            diagnostic=types.DiagnosticClientCapabilities() if pull else None,
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll])),
                is_preferred_support=True, data_support=True,
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"]) if resolve else None),
        ),
        workspace=types.WorkspaceClientCapabilities(
            configuration=configuration,
            workspace_edit=types.WorkspaceEditClientCapabilities(
                document_changes=True,
                resource_operations=[types.ResourceOperationKind.Create] if resource_operations else None),
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True) if pull else None,
        ),
        window=types.WindowClientCapabilities(
            work_done_progress=progress,
            show_document=types.ShowDocumentClientCapabilities(support=True) if show_document else None),
        notebook_document=types.NotebookDocumentClientCapabilities(
            synchronization=types.NotebookDocumentSyncClientCapabilities()) if notebooks else None,
    )


@pytest_asyncio.fixture
async def start():
    """`await start(...)` gives an initialized client talking to a fresh server process."""
    clients: list[Client] = []

    async def _start(*, settings: dict | None = None, root: Path | None = None,
                     raw_capabilities: types.ClientCapabilities | None = None, **caps) -> Client:
        client = _make_client()
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        await client.start_io(*SERVER, env=env)
        clients.append(client)
        folders = [types.WorkspaceFolder(uri=root.as_uri(), name=root.name)] if root else None
        client.initialized = await client.initialize_session(types.InitializeParams(
            capabilities=raw_capabilities or capabilities(**caps),
            initialization_options=settings,
            workspace_folders=folders,
            root_uri=root.as_uri() if root else None,
        ))
        return client

    yield _start
    for client in clients:
        try:
            async with asyncio.timeout(10):
                await client.shutdown_session()
        except Exception:
            pass
        await client.stop()
