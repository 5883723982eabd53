"""The server with the capabilities real editors send (recorded by pytest-lsp)."""

from __future__ import annotations

import pytest
from lsprotocol import types
from pytest_lsp import client_capabilities

from keyguard_testing import make_key

URI = "file:///tmp/mk-lsp-test/real.py"


@pytest.mark.parametrize("editor", ["visual-studio-code", "neovim", "emacs"])
async def test_diagnostic_and_ignore_action_with_recorded_capabilities(start, editor):
    key = make_key()
    caps = client_capabilities(editor)
    client = await start(raw_capabilities=caps, settings={"debounceMs": 0})
    client.open(URI, f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n')
    if caps.text_document and caps.text_document.diagnostic:
        report = await client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
            text_document=types.TextDocumentIdentifier(uri=URI)))
        diagnostics = list(report.items)
    else:
        diagnostics = list((await client.diagnostics_for(URI, 1, predicate=bool)).diagnostics)
    assert [d.code for d in diagnostics] == ["MK001"]
    assert key not in diagnostics[0].message
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=diagnostics[0].range,
        context=types.CodeActionContext(diagnostics=diagnostics)))
    ignore = next(a for a in actions if a.title == "Ignore MK001 on this line")
    edit = ignore.edit
    edits = edit.document_changes[0].edits if edit.document_changes else edit.changes[URI]
    assert edits[0].new_text.endswith("# mistral-keyguard: ignore[MK001]")
    for action in actions:
        if action.edit is None and action.disabled is None:
            resolved = await client.code_action_resolve_async(action)
            assert resolved.edit is not None
