"""The first pass on `didOpen` (the statements a rule could care about, scanned before the whole
file) never reports what the full scan that follows would not: it may only leave things out."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyguard_testing import make_key
from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.languages import has_grammar, language_for_path
from mistral_keyguard.lsp.documents import OpenDocument
from mistral_keyguard.lsp.server import KeyguardServer
from mistral_keyguard.lsp.text import DocumentText
from mistral_keyguard.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOURCES = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and language_for_path(p.name)
                 and has_grammar(language_for_path(p.name)))


def _keys(findings) -> set[tuple]:
    return {(f.code, f.span.start.byte, f.span.end.byte, f.message, f.severity) for f in findings}


def _passes(path: str, text: str, language: str):
    doc = OpenDocument(f"file://{path}", path, language, 1, DocumentText.from_str(text))
    snapshot = doc.snapshot()
    first = KeyguardServer()._first_pass(doc, snapshot, Settings(), 0)
    full = scan_with_fixes(path, snapshot.text.data, Settings(), language=language, tree=snapshot.tree)
    return first, full


@pytest.mark.parametrize("fixture", SOURCES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_first_pass_reports_nothing_the_full_scan_does_not(fixture: Path) -> None:
    language = language_for_path(fixture.name)
    text = fixture.read_text(encoding="utf-8", errors="surrogateescape")
    first, full = _passes(str(fixture), text, language)
    if first is not None:
        assert _keys(first.result.findings) <= _keys(full.findings)


def _padded_python(key: str) -> str:
    """A file with the key far from the client it reaches, between hundreds of unrelated functions."""
    lines = ["import os", "from mistralai import Mistral", "", f'TOKEN = "{key}"', ""]
    for i in range(1500):
        lines += [f"def handler_{i}(items):", f"    return sum(items) + {i}", ""]
    lines += ["def build():", "    return Mistral(api_key=TOKEN)", "",
              "def noisy(request):", "    print(request.headers)  # mistral-keyguard: ignore[MK004]", ""]
    return "\n".join(lines)


def _padded_tsx(key: str) -> str:
    lines = ['import { Mistral } from "@mistralai/mistralai";', "", f'const token = "{key}";', ""]
    for i in range(1500):
        lines += [f"export function Item{i}({{ n }}: {{ n: number }}) {{", f"  return <b>{{n + {i}}}</b>;", "}", ""]
    lines += ["export const build = () => new Mistral({ apiKey: token });", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("name,language,make", [("big.py", "python", _padded_python), ("Big.tsx", "tsx", _padded_tsx)])
def test_first_pass_of_a_large_file_finds_the_key_the_full_scan_finds(tmp_path, name, language, make) -> None:
    text = make(make_key())
    assert len(text.encode()) > 64 * 1024
    first, full = _passes(str(tmp_path / name), text, language)
    assert first is not None and first.first_pass and first.incremental
    assert _keys(first.result.findings) == _keys(full.findings)
    assert any(f.code == "MK001" for f in full.findings)
    # the scan read a small part of the file
    assert len(first.chunks) > 1000
