"""Memory: only the documents being worked on keep their parse trees and chunks; the others keep
their text and findings, and scan correctly on their next edit. Editor texts of an imported
module do not pile up summaries in the project view."""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types

from keyguard_testing import make_key
from mistral_keyguard import prefilter
from mistral_keyguard.lsp.documents import OpenDocument
from mistral_keyguard.lsp.residency import KEEP_DOCUMENTS, release
from mistral_keyguard.lsp.server import KeyguardServer, create_server
from mistral_keyguard.lsp.text import UTF16, DocumentText
from mistral_keyguard.project_view import ProjectView
from mistral_keyguard.settings import Settings


def _doc(i: int, text: str) -> OpenDocument:
    return OpenDocument(f"file:///tmp/mk-res/m{i}.py", f"/tmp/mk-res/m{i}.py", "python", 1, DocumentText.from_str(text))


def test_only_the_recently_active_documents_keep_their_trees() -> None:
    server = KeyguardServer()
    docs = [_doc(i, f"x = {i}\n") for i in range(KEEP_DOCUMENTS + 4)]
    for doc in docs:
        server.documents[doc.uri] = doc
        server.make_resident(doc)
    assert [doc.tree is not None for doc in docs] == [False] * 4 + [True] * KEEP_DOCUMENTS
    server.make_resident(docs[0])  # edited again: resident, and the least recent one is not
    assert docs[0].uri in [d.uri for d in docs if server.residency.resident(d.uri)]
    assert not server.residency.resident(docs[4].uri)


def test_a_released_document_edits_and_parses_afresh() -> None:
    doc = _doc(0, "import os\n\nTOKEN = os.environ['K']\n")
    release(doc)
    key = make_key()
    doc.apply_changes([types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=2, character=8), end=types.Position(line=2, character=23)),
        text=f'"{key}"')], 2, UTF16)
    snapshot = doc.snapshot()
    assert snapshot.tree is None and snapshot.base is None  # the scan thread parses the whole text
    assert doc.current_tree().root_node.text.decode() == f'import os\n\nTOKEN = "{key}"\n'


async def test_documents_beyond_the_budget_still_get_their_diagnostics(start) -> None:
    client = await start(settings={"debounceMs": 0})
    uris = [f"file:///tmp/mk-lsp-res/m{i}.py" for i in range(KEEP_DOCUMENTS + 3)]
    for uri in uris:
        client.open(uri, "from mistralai import Mistral\n\nclient = Mistral(api_key=None)\n")
        await client.diagnostics_for(uri, 1)
    key = make_key()
    client.change(uris[0], 2, (2, 25), (2, 29), f'"{key}"')  # the least recently active one
    params = await client.diagnostics_for(uris[0], 2, predicate=bool)
    assert [d.code for d in params.diagnostics] == ["MK001"]


def test_editor_texts_of_a_module_keep_one_summary(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    (root / "service.py").write_text("from mistralai import Mistral\n\nclient = Mistral(api_key=None)\n")
    (root / "route.py").write_text("from service import client\n\n\ndef go():\n    return client.chat.complete()\n")
    texts: dict[Path, bytes] = {}
    view = ProjectView(Settings(), texts=lambda path: texts.get(path))
    route = root / "route.py"
    sizes = []
    for version in range(6):  # the editor's unsaved text of service.py, one keystroke at a time
        texts[root / "service.py"] = b"from mistralai import Mistral\n\nclient = Mistral(api_key=None)\n" + \
            b"# " + b"x" * version + b"\n"
        view.imported_facts(route, route.read_bytes(), "python", root)
        sizes.append(len(view._summaries))
    assert sizes[-1] == sizes[0]


async def test_notifications_leave_nothing_behind_in_the_protocol() -> None:
    """pygls kept one future per didChange for good: memory grew with every keystroke."""
    server = create_server()
    protocol = server.protocol
    server.text_document_publish_diagnostics = lambda params: None
    uri = "file:///tmp/mk-res/typing.py"
    protocol._handle_notification(types.TEXT_DOCUMENT_DID_OPEN, types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text="x = 1\n")))
    for version in range(2, 202):
        protocol._handle_notification(types.TEXT_DOCUMENT_DID_CHANGE, types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line=0, character=4), end=types.Position(line=0, character=5)),
                text=str(version % 10))]))
    protocol._handle_notification(types.TEXT_DOCUMENT_DID_CLOSE, types.DidCloseTextDocumentParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert len(protocol._request_futures) == 0
    assert uri not in server.documents


async def test_closing_the_last_document_leaves_no_project_state(tmp_path: Path) -> None:
    """What the server learned for open documents (module summaries, import edges, file stamps,
    the last text the prefilter saw) goes when the last one closes: it held memory for good."""
    root = tmp_path / "proj"
    root.mkdir()
    (root / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    service = "from mistralai import Mistral\n\nclient = Mistral(api_key=None)\n"
    route = "from service import client\n\n\ndef go():\n    return client.chat.complete()\n"
    (root / "service.py").write_text(service)
    server = create_server()
    published: dict[str, asyncio.Event] = {}
    server.text_document_publish_diagnostics = lambda params: published.setdefault(params.uri, asyncio.Event()).set()
    protocol = server.protocol
    uris = []
    for name, text in (("service.py", service), ("route.py", route)):
        uri = (root / name).as_uri()
        uris.append(uri)
        published[uri] = asyncio.Event()
        protocol._handle_notification(types.TEXT_DOCUMENT_DID_OPEN, types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)))
        await asyncio.wait_for(published[uri].wait(), 30)
    view = server.view
    assert view.dependencies and view._summaries  # route.py's scan asked the view about service.py
    assert prefilter._SEEN[0] is not None
    for uri in uris:
        protocol._handle_notification(types.TEXT_DOCUMENT_DID_CLOSE, types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
    assert server.trim_timer is not None  # what follows runs once closing settles
    server.trim_timer.cancel()
    server.release_closed_memory()
    assert server.view is not view
    assert not server.view._summaries and not server.view._stamps and not server.view._resolved
    assert not server.view.dependencies and not server.view._open_keys
    assert prefilter._SEEN[0] is None
    assert not server.chunk_cache._facts
