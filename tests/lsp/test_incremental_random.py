"""Incremental = full, on random edits (hypothesis): after every edit of a large document, the
partial re-scan reports exactly what a full scan of the new text reports.

Edits insert and delete anywhere, with emoji (surrogate pairs in UTF-16), CJK, combining marks,
lone CR, CRLF, quotes, brackets and pasted keys. `KEYGUARD_INCREMENTAL_EXAMPLES=2000` runs a long
session of them (`python -m pytest tests/lsp/test_incremental_random.py`).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyguard_testing import make_key
from mistral_keyguard.lsp import convert
from mistral_keyguard.lsp.convert import TextView
from mistral_keyguard.lsp.text import UTF16
from spec_editor import SpecEditor
from test_incremental import Harness, python_file, tsx_file

EXAMPLES = int(os.environ.get("KEYGUARD_INCREMENTAL_EXAMPLES", "12"))
_PIECES = ["x", " ", "\n", "\r\n", "\r", "😀", "é", "中文", "e\u0301", "\u05e9\u05dc\u05d5\u05dd", '"', "'", "#",
           "(", ")", "{", "}", "mistral", "api_key=", "Mistral(api_key=", "print(", "    ", "//"]
_KEY = make_key()
_DOCUMENTS = {"python": python_file(make_key()), "tsx": tsx_file(make_key())}

inserted = st.lists(st.sampled_from(_PIECES + [_KEY, f'"{_KEY}"']), min_size=0, max_size=4).map("".join)
# Most edits type into a comment (the partial path stays valid and is exercised); the rest land
# anywhere, syntax errors included (the partial path must then decline, never differ).
in_comment = st.lists(st.sampled_from([p for p in _PIECES if "\n" not in p] + [_KEY]), min_size=1,
                      max_size=4).map("".join)
edit = st.one_of(
    st.tuples(st.just("comment"), st.floats(0, 1, allow_nan=False), st.just(0.0), st.just(0), in_comment),
    st.tuples(st.just("anywhere"), st.floats(0, 1, allow_nan=False), st.floats(0, 1, allow_nan=False),
              st.integers(0, 6), inserted))


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(language=st.sampled_from(["python", "tsx"]), edits=st.lists(edit, min_size=1, max_size=6))
def test_random_edits_keep_the_partial_rescan_equal_to_a_full_scan(language, edits) -> None:
    suffix = "py" if language == "python" else "tsx"
    harness = Harness(f"/tmp/mk-inc-random/app.{suffix}", language, _DOCUMENTS[language])
    comment = "    # running total" if language == "python" else "  // running total"
    for kind, where_line, where_char, delete, text in edits:
        starts = harness.doc.text.starts
        lines = [i for i in range(len(starts)) if harness.doc.text.line_bytes(i).decode(
            "utf-8", "surrogatepass").startswith(comment)] if kind == "comment" else range(len(starts))
        line = lines[min(int(where_line * len(lines)), len(lines) - 1)]
        line_text = harness.doc.text.line_bytes(line).decode("utf-8", "surrogatepass")
        column = len(line_text) if kind == "comment" else min(int(where_char * (len(line_text) + 1)),
                                                              len(line_text))
        prefix = _utf16_len(line_text[:column])
        end = _utf16_len(line_text[:min(len(line_text), column + delete)])
        harness.edit(line, prefix, line, end, text)  # asserts partial == full after each edit
    if all(kind == "comment" for kind, *_ in edits) and "\r" not in "".join(e[-1] for e in edits):
        assert harness.incremental_runs > 0, "edits inside comments took the partial path"


# --- The server's copy against a spec-following editor's (issue 12, item 9) -----------------
# LSP ends lines at LF, CRLF and lone CR. The editor model (spec_editor) applies the same edits
# to a str; after every edit the server's text, every diagnostic range and every fix edit range
# must say the same thing in both.

def _spaced(text: str) -> str:
    """Lone CRs (and CRLFs) where whitespace was: inside brackets, before the first key line."""
    return text.replace("(request, items)", "(\rrequest,\r\nitems)").replace(
        "Mistral(api_key=", "Mistral(\r\r  api_key=", 1).replace("{ apiKey:", "{\r  apiKey:", 1).replace(
        "{ items }", "{\ritems\r}")


_CR_DOCUMENTS = {"python": _spaced(python_file(make_key())), "tsx": _spaced(tsx_file(make_key()))}
_ANY_PIECE = st.lists(st.sampled_from(_PIECES + [_KEY, f'"{_KEY}"', "\r\r", "\n\r"]), min_size=0,
                      max_size=4).map("".join)
# (where in the text, how many characters it replaces, the new text, a column overshoot)
spec_edit = st.tuples(st.floats(0, 1, allow_nan=False), st.integers(0, 40), _ANY_PIECE, st.integers(0, 3))


def _checkpoint(harness: Harness, editor: SpecEditor) -> list[str]:
    """What differs between the server's copy and the editor's (empty: they agree)."""
    data = harness.doc.text.data
    if data != editor.text.encode("utf-8", "surrogatepass"):
        return ["text"]
    wrong = []
    view = TextView(harness.doc.uri, harness.doc.version, harness.doc.text)
    for finding in harness.outcome.result.findings:
        got = convert.diagnostic(finding, lambda _b: view, UTF16, lambda p: p).range
        want = (editor.position(editor.char_index(finding.span.start.byte)),
                editor.position(editor.char_index(finding.span.end.byte)))
        if ((got.start.line, got.start.character), (got.end.line, got.end.character)) != want:
            wrong.append(f"{finding.code} diagnostic {got} != {want}")
        if (finding.span.start.line, finding.span.start.character) != editor.position(
                editor.char_index(finding.span.start.byte), "utf-32"):
            wrong.append(f"{finding.code} engine line:column {finding.span.start}")
        for fix in finding.fixes:
            for edit in (e for e in fix.edits if e.path is None):
                line, char, end_line, end_char = convert.edit_data(edit, lambda _b: view, UTF16, str)["range"]
                fixed = SpecEditor(editor.text)
                fixed.apply((line, char), (end_line, end_char), edit.new_text)
                by_bytes = data[:edit.start] + edit.new_text.encode("utf-8", "surrogatepass") + data[edit.end:]
                if fixed.text.encode("utf-8", "surrogatepass") != by_bytes:
                    wrong.append(f"{finding.code} fix edit {fix.title!r} lands elsewhere")
    return wrong


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(language=st.sampled_from(["python", "tsx"]), edits=st.lists(spec_edit, min_size=1, max_size=6))
def test_the_server_copy_agrees_with_a_spec_editor_on_lone_cr(language, edits) -> None:
    suffix = "py" if language == "python" else "tsx"
    text = _CR_DOCUMENTS[language]
    harness = Harness(f"/tmp/mk-inc-spec/app.{suffix}", language, text)
    editor = SpecEditor(text)
    assert _checkpoint(harness, editor) == [], "before any edit"
    for where, length, new, overshoot in edits:
        lo = min(int(where * len(editor.text)), len(editor.text))
        hi = min(len(editor.text), lo + length)
        start, end = editor.position(lo), editor.position(hi)
        if overshoot and hi == editor.line_end(editor.line_starts(), end[0]):
            end = (end[0], end[1] + overshoot)  # a column past the line end means the line end
        editor.apply(start, end, new)
        harness.edit(*start, *end, new)  # also asserts partial == full
        assert _checkpoint(harness, editor) == [], f"after replacing {start}-{end} with {new!r}"
