"""End to end in the server: each single-file golden case opened in the real language server,
its fix taken from `textDocument/codeAction` (one diagnostic at a time, the server rescanning
after every edit, as an editor would) must give the golden `*.fixed.*` text."""

from __future__ import annotations

import importlib.util
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
            action = next((a for a in actions or [] if isinstance(a, types.CodeAction) and a.title == title), None)
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
