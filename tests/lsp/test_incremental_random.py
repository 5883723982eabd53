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
