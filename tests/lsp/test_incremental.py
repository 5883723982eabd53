"""The partial re-scan agrees with a full scan on edits that matter (in-process, no server)."""

from __future__ import annotations

import pytest
from lsprotocol import types

from keyguard_testing import make_key
from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.languages import parser
from mistral_keyguard.lsp import incremental
from mistral_keyguard.lsp.documents import OpenDocument, ScanOutcome
from mistral_keyguard.lsp.server import KeyguardServer
from mistral_keyguard.lsp.text import UTF16, DocumentText
from mistral_keyguard.settings import Settings


def python_file(key: str) -> str:
    head = ["import os", "from mistralai import Mistral", "", f'client = Mistral(api_key="{key}")', ""]
    body = []
    for i in range(900):
        body += [f"def handler_{i}(request, items):", "    # running total",
                 "    total = sum(items)", f"    return {{'n': {i}, 'total': total}}", ""]
    tail = ["API_TOKEN = os.environ.get('X', 'none')", "", "def build():",
            "    return Mistral(api_key=API_TOKEN)", ""]
    return "\n".join(head + body + tail)


def tsx_file(key: str) -> str:
    head = ['import { Mistral } from "@mistralai/mistralai";', "",
            f'const client = new Mistral({{ apiKey: "{key}" }});', ""]
    body = []
    for i in range(900):
        body += [f"export function Item{i}({{ items }}: {{ items: number[] }}) {{", "  // running total",
                 f"  const total = items.length + {i};", "  return <div>{total}</div>;", "}", ""]
    tail = ["const token = process.env.X || 'none';", "export const build = () => new Mistral({ apiKey: token });", ""]
    return "\n".join(head + body + tail)


def keys(result):
    return sorted((f.code, f.span.start.byte, f.span.end.byte, f.message, f.fingerprint) for f in result.findings)


class Harness:
    def __init__(self, path: str, language: str, text: str) -> None:
        self.server = KeyguardServer()
        self.doc = OpenDocument(f"file://{path}", path, language, 1, DocumentText.from_str(text))
        self.settings = Settings()
        self.outcome = self.full()
        self.incremental_runs = 0

    def full(self) -> ScanOutcome:
        snap = self.doc.snapshot()
        return ScanOutcome(snap, scan_with_fixes(self.doc.path, snap.text.data, self.settings,
                                                 language=self.doc.language, tree=snap.tree), 0)

    def edit(self, line: int, char: int, end_line: int, end_char: int, text: str) -> None:
        self.doc.apply_changes([types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=line, character=char),
                              end=types.Position(line=end_line, character=end_char)), text=text)],
            self.doc.version + 1, UTF16)
        snapshot = self.doc.snapshot()
        partial = self.server._incremental(self.doc, snapshot, self.outcome, self.settings, 0)
        expected = self.full()
        if partial is not None:
            self.incremental_runs += 1
            tree = parser(self.doc.language).parse(snapshot.text.data)
            assert self.doc.current_tree().root_node.__str__() == tree.root_node.__str__()
            fresh = incremental.chunks(tree, snapshot.text.data, snapshot.text.starts,
                                       incremental.ChunkCache(), incremental.prefilters_for(self.doc.language,
                                                                                            self.settings))
            assert [(c.start, c.end, c.facts) for c in partial.chunks] == \
                [(c.start, c.end, c.facts) for c in fresh], "re-used chunks differ from fresh ones"
            assert keys(partial.result) == keys(expected.result), f"after editing line {line}"
            self.outcome = partial
        else:
            self.outcome = expected

    def line_of(self, needle: str) -> int:
        return self.doc.text.data.decode().splitlines().index(needle)

    def codes(self):
        return [f.code for f in self.outcome.result.findings]


@pytest.mark.parametrize("language", ["python", "tsx"])
def test_partial_rescan_matches_full_scan(language):
    key, other = make_key(), make_key()
    text = python_file(key) if language == "python" else tsx_file(key)
    h = Harness(f"/tmp/mk-inc/app.{'py' if language == 'python' else 'tsx'}", language, text)
    assert h.codes().count("MK001") == 1
    comment = "    # running total" if language == "python" else "  // running total"
    # typing into a comment and a function body in the middle of the file
    middle = [i for i, t in enumerate(text.splitlines()) if t == comment][450]
    for i, ch in enumerate(" items"):
        h.edit(middle, len(comment) + i, middle, len(comment) + i, ch)
    for i, ch in enumerate("\n    n = 1" if language == "python" else "\n  let n = 1;"):
        h.edit(middle, len(comment + " items") + i, middle, len(comment + " items") + i, ch)
    # breaking the key literal removes the finding; restoring it brings it back
    key_line = 3 if language == "python" else 2
    column = h.doc.text.data.decode().splitlines()[key_line].index(key)
    h.edit(key_line, column, key_line, column + 1, "")
    assert h.codes().count("MK001") == 0
    h.edit(key_line, column, key_line, column, key[0])
    assert h.codes().count("MK001") == 1
    # a key given to a top-level name that is used far away, at the end of the file
    tail = "API_TOKEN = os.environ.get('X', 'none')" if language == "python" else \
        "const token = process.env.X || 'none';"
    line = h.line_of(tail)
    start = tail.index("'none'")
    h.edit(line, start, line, start + len("'none'"), f"'{other}'")
    assert h.codes().count("MK001") == 2
    assert h.incremental_runs > 12
