"""End to end in the server: each single-file golden case opened in the real language server,
its fix taken from `textDocument/codeAction` (one diagnostic at a time, the server rescanning
after every edit, as an editor would) must give the golden `*.fixed.*` text."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from lsprotocol import types

from fixes.test_golden import GOLDEN, _HEADER, file_cases, fixed_name
from mistral_keyguard.catalogue import fix_spec

_spec = importlib.util.spec_from_file_location("keyguard_lsp_client", Path(__file__).parent.parent / "lsp" / "conftest.py")
_client = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_client)
start = _client.start  # the pytest-lsp client factory of tests/lsp, as a fixture here

LANGUAGE_IDS = {".py": "python", ".js": "javascript", ".ts": "typescript", ".tsx": "typescriptreact"}


def offset(text: str, position: types.Position) -> int:
    lines = text.splitlines(keepends=True)
    return sum(len(line) for line in lines[:position.line]) + position.character  # ASCII goldens


def apply(text: str, edits) -> str:
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(text, edit.range.start)] + edit.new_text + text[offset(text, edit.range.end):]
    return text


# Titles a fix takes instead of the catalogue's when it says exactly what it does.
PRECISE_TITLES = {
    "env-read": r"Read \w+ from the environment",
    "drop-key": r"Remove this statement that logs the whole environment",
    "env-move": r"Move the key to \.env.*",
}


def offers(action, fix_id: str, title: str) -> bool:
    if not isinstance(action, types.CodeAction):
        return False
    return action.title == title or bool(re.fullmatch(PRECISE_TITLES.get(fix_id, "(?!)"), action.title))


def document_edits(action: types.CodeAction, uri: str) -> list:
    edit = action.edit
    if edit.document_changes:
        return [e for change in edit.document_changes if getattr(change, "text_document", None)
                and change.text_document.uri == uri for e in change.edits]
    return list((edit.changes or {}).get(uri, []))


@pytest.mark.parametrize("case", file_cases(), ids=lambda p: p.relative_to(GOLDEN).as_posix())
async def test_code_actions_give_the_golden_output(case: Path, tmp_path: Path, start) -> None:
    code, fix_id = (g.decode() for g in _HEADER.search(case.read_bytes().split(b"\n", 1)[0]).groups())
    title = fix_spec(code, fix_id).title
    work = tmp_path / case.name
    shutil.copy(case, work)
    uri = work.as_uri()
    client = await start(settings={"debounceMs": 0}, root=tmp_path)
    text = work.read_text()
    client.open(uri, text, LANGUAGE_IDS[work.suffix])
    version = 1
    for _ in range(40):
        params = await client.diagnostics_for(uri, version)
        ours = [d for d in params.diagnostics if d.code == code]
        action = None
        for diagnostic in ours:
            actions = await client.text_document_code_action_async(types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
                context=types.CodeActionContext(diagnostics=[diagnostic])))
            action = next((a for a in actions or [] if offers(a, fix_id, title)), None)
            if action is not None:
                break
        if action is None:
            break
        text = apply(text, document_edits(action, uri))
        version += 1
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    assert text == fixed_name(case).read_text()


# Project cases whose changes all start from one code file: the workspace edit (with CreateFile
# for new files, the client allowing resource operations) must leave the tree equal to `after/`.
TREE_CASES = {
    "MK001/env_move_python": "app.py",
    "MK001/env_move_node": "server.js",
    "MK002/proxy_vite": "src/chat.js",
    "MK003/proxy_next": "app/page.tsx",
}


def apply_workspace_edit(edit: types.WorkspaceEdit, open_uri: str, open_text: str) -> str:
    """Apply creations and text edits to the disk (the open document in memory); its new text."""
    texts: dict[str, str] = {}

    def current(uri: str) -> str:
        if uri not in texts:
            path = Path(uri.removeprefix("file://"))
            texts[uri] = open_text if uri == open_uri else (path.read_text() if path.exists() else "")
        return texts[uri]

    for change in edit.document_changes or []:
        if isinstance(change, types.CreateFile):
            path = Path(change.uri.removeprefix("file://"))
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("")
            texts.setdefault(change.uri, "")
        elif isinstance(change, types.TextDocumentEdit):
            texts[change.text_document.uri] = apply(current(change.text_document.uri), change.edits)
    for uri, text in texts.items():
        if uri != open_uri:
            Path(uri.removeprefix("file://")).write_text(text)
    return texts.get(open_uri, open_text)


@pytest.mark.parametrize("case,document", sorted(TREE_CASES.items()))
async def test_workspace_edits_give_the_golden_tree(case: str, document: str, tmp_path: Path, start) -> None:
    folder = GOLDEN / case
    code, fix_id = (folder / "fix").read_text().split()
    title = fix_spec(code, fix_id).title
    root = tmp_path / "project"
    shutil.copytree(folder / "before", root)
    path = root / document
    uri = path.as_uri()
    client = await start(settings={"debounceMs": 0}, root=root, resource_operations=True)
    text = path.read_text()
    client.open(uri, text, LANGUAGE_IDS[path.suffix])
    version = 1
    for _ in range(20):
        params = await client.diagnostics_for(uri, version)
        action = None
        for diagnostic in (d for d in params.diagnostics if d.code == code):
            actions = await client.text_document_code_action_async(types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
                context=types.CodeActionContext(diagnostics=[diagnostic])))
            action = next((a for a in actions or [] if offers(a, fix_id, title)), None)
            if action is not None:
                break
        if action is None:
            break
        text = apply_workspace_edit(action.edit, uri, text)
        path.write_text(text)
        version += 1
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))
    got = {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}
    want = {p.relative_to(folder / "after").as_posix(): p.read_text()
            for p in sorted((folder / "after").rglob("*")) if p.is_file()}
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name] == want[name], name
