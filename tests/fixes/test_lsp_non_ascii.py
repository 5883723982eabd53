"""Issue 11, defect 2 in the server: a fix's edits on lines holding emoji, CJK and combining
marks, taken from `textDocument/codeAction` with UTF-16 and with UTF-8 positions, give exactly
the text the CLI writes (the engine's byte edits)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from lsprotocol import types

from fixes.roundtrip import scan
from mistral_keyguard.fixes.apply import apply_edits
from keyguard_testing import make_key

_spec = importlib.util.spec_from_file_location("keyguard_lsp_client_na", Path(__file__).parent.parent / "lsp" / "conftest.py")
_client = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_client)
start = _client.start

SOURCE = '''import json

from fastapi import FastAPI
from mistralai import Mistral

app = FastAPI()
client = Mistral(api_key="{key}")  # 🔑 é̃ 中文


@app.get("/chat")
def chat():
    try:
        return {{"a": client.chat.complete(model="m", messages=[])}}
    except Exception as e:
        return {{"error": f"⚠️ 出错了 שלום: {{e}}", "n": "👩‍💻"}}
'''


def _offset(text: str, position: types.Position, encoding: str) -> int:
    """Character offset in `text` of an LSP position counted in `encoding` units."""
    lines = text.splitlines(keepends=True)
    line = lines[position.line] if position.line < len(lines) else ""
    consumed, units = 0, 0
    for ch in line:
        if units >= position.character:
            break
        units += len(ch.encode("utf-8")) if encoding == "utf-8" else len(ch.encode("utf-16-le")) // 2
        consumed += 1
    return sum(len(x) for x in lines[:position.line]) + consumed


def _apply(text: str, edits, encoding: str) -> str:
    spans = [(_offset(text, e.range.start, encoding), _offset(text, e.range.end, encoding), e.new_text) for e in edits]
    for begin, end, new in sorted(spans, reverse=True):
        text = text[:begin] + new + text[end:]
    return text


@pytest.mark.parametrize("encodings, encoding", [(None, "utf-16"), (["utf-8", "utf-16"], "utf-8")])
async def test_fix_edits_on_non_ascii_lines_match_the_cli(start, tmp_path: Path, encodings, encoding) -> None:
    document = tmp_path / "app.py"
    text = SOURCE.format(key=make_key())
    document.write_text(text, encoding="utf-8")
    expected = {}
    for finding in scan(document, with_fixes=True):
        fix = finding.fixes[0]
        expected[finding.code] = apply_edits(document.read_bytes(), [e for e in fix.edits if e.path is None]).decode()
    assert set(expected) == {"MK001", "MK006"}
    client = await start(encodings=encodings, settings={"debounceMs": 0}, root=tmp_path)
    uri = document.as_uri()
    client.open(uri, text)
    params = await client.diagnostics_for(uri, 1, predicate=bool)
    for diagnostic in params.diagnostics:
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic])))
        action = next(a for a in actions if isinstance(a, types.CodeAction) and a.is_preferred)
        if action.edit is None:  # resolved lazily
            action = await client.code_action_resolve_async(action)
        edits = [e for change in action.edit.document_changes or [] if getattr(change, "text_document", None)
                 and change.text_document.uri == uri for e in change.edits] or (action.edit.changes or {}).get(uri, [])
        assert _apply(text, edits, encoding) == expected[diagnostic.code], (encoding, diagnostic.code)
