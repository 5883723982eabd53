"""`fixes.apply`: ordered edits, overlaps, duplicates, file creations, the fix `--fix` picks."""

from __future__ import annotations

import pytest

from mistral_keyguard.catalogue import Severity
from mistral_keyguard.finding import FileCreation, Finding, Fix, Position, Span, TextEdit
from mistral_keyguard.fixes.apply import EditConflict, apply_edits, apply_fixes, choose, fix_all


def fix(fix_id: str, *edits: TextEdit, safe: bool = True, creations=()) -> Fix:
    return Fix(fix_id, fix_id, safe, tuple(edits), tuple(creations))


def finding(*fixes: Fix, code: str = "MK001") -> Finding:
    span = Span(Position(0, 0, 0), Position(0, 1, 1))
    return Finding(code, "x", Severity.ERROR, "a.py", span, "m", "f", fixes=tuple(fixes))


def test_edits_apply_back_to_front_and_inserts_keep_their_order() -> None:
    data = b"abcdef"
    edits = [TextEdit(4, 6, "XY"), TextEdit(0, 0, "1"), TextEdit(0, 0, "2"), TextEdit(1, 3, "")]
    assert apply_edits(data, edits) == b"12adXY"


def test_overlapping_edits_are_refused() -> None:
    with pytest.raises(EditConflict):
        apply_edits(b"abcdef", [TextEdit(0, 3, "x"), TextEdit(2, 4, "y")])
    with pytest.raises(EditConflict):
        apply_edits(b"abc", [TextEdit(2, 9, "x")])


def test_identical_edits_from_two_fixes_count_once() -> None:
    import_os = TextEdit(0, 0, "import os\n")
    changes = apply_fixes(b"a = 1\nb = 2\n", [fix("one", import_os, TextEdit(4, 5, "X")),
                                              fix("two", import_os, TextEdit(10, 11, "Y"))], lambda p: None)
    assert changes.files[None] == b"import os\na = X\nb = Y\n"
    assert len(changes.applied) == 2 and not changes.skipped


def test_a_fix_that_overlaps_an_earlier_one_waits_for_the_next_pass() -> None:
    first, second = fix("one", TextEdit(0, 3, "x")), fix("two", TextEdit(1, 2, "y"))
    changes = apply_fixes(b"abc", [first, second], lambda p: None)
    assert changes.files[None] == b"x" and changes.skipped == [second]


def test_never_creates_over_an_existing_file() -> None:
    create = fix("move", creations=[FileCreation("/p/.env", "K=1\n")], safe=False)
    changes = apply_fixes(b"", [create], lambda p: b"existing" if p == "/p/.env" else None)
    assert changes.skipped == [create] and changes.created == {}


def test_edits_to_other_files_use_their_own_text() -> None:
    append = TextEdit(4, 4, "B=2\n", path="/p/.env")
    changes = apply_fixes(b"code", [fix("move", TextEdit(0, 4, "CODE"), append, safe=False)],
                          lambda p: b"A=1\n" if p == "/p/.env" else None)
    assert changes.files == {None: b"CODE", "/p/.env": b"A=1\nB=2\n"}


def test_fix_picks_safe_fixes_unless_unsafe_is_allowed() -> None:
    read, move = fix("env-read", TextEdit(0, 1, "x")), fix("env-move", TextEdit(0, 1, "y"), safe=False)
    only_unsafe = fix("proxy", TextEdit(0, 1, "z"), safe=False)
    assert choose(finding(read, move)) is read
    assert choose(finding(read, move), unsafe=True) is move  # the fuller MK001 fix
    assert choose(finding(only_unsafe, code="MK002")) is None
    assert choose(finding(only_unsafe, code="MK002"), unsafe=True) is only_unsafe
    assert fix_all(b"abc", [finding(read, move)], lambda p: None).files[None] == b"xbc"


def test_inserted_lines_follow_a_crlf_document(key: str) -> None:
    from mistral_keyguard.fixes import scan_with_fixes

    source = f'"""Doc."""\r\nfrom mistralai import Mistral\r\n\r\nclient = Mistral(api_key="{key}")\r\n'.encode()
    findings = scan_with_fixes("a.py", source).findings
    out = fix_all(source, findings, lambda p: None).files[None]
    assert out == b'"""Doc."""\r\nimport os\r\nfrom mistralai import Mistral\r\n\r\n' \
                  b'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\r\n'
