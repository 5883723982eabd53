"""The engine's contract: pure text in, findings out, positions in bytes and code points."""

from __future__ import annotations

from keyguard_testing import make_key
from mistral_keyguard.engine import scan
from mistral_keyguard.settings import Settings


def test_positions_after_emoji_and_cjk_are_in_code_points(key):
    text = f'msg = "héllo 😀 世界"; MISTRAL_API_KEY = "{key}"\n'
    [finding] = scan("a.py", text).findings
    start = finding.span.start
    prefix = text[: text.index(key)]
    assert start.character == len(prefix)
    assert start.byte == len(prefix.encode())
    assert finding.span.end.character - start.character == 32


def test_finding_carries_no_key_in_clear(key):
    [finding] = scan("a.py", f'from mistralai import Mistral\nc = Mistral(api_key="{key}")\n').findings
    for value in (finding.message, finding.fingerprint, finding.masked_key, finding.secret_hash, repr(finding)):
        assert key not in str(value)
    assert finding.masked_key == key[:4] + "*" * 24 + key[-4:]


def test_related_location_points_at_the_use(key):
    text = f'from mistralai import Mistral\nKEY = "{key}"\n\nclient = Mistral(api_key=KEY)\n'
    [finding] = scan("a.py", text).findings
    assert finding.line == 1
    [related] = finding.related
    assert related.span.start.line == 3
    assert "line 4" in finding.message


def test_suppression_alone_on_the_line_above_only_covers_the_next_line(key):
    other = make_key()
    text = (f"from mistralai import Mistral\n# mistral-keyguard: ignore[MK001]\n"
            f'a = Mistral(api_key="{key}")\nb = Mistral(api_key="{other}")\n')
    assert [f.line for f in scan("a.py", text).findings] == [3]


def test_suppression_for_another_code_does_not_silence(key):
    text = f'from mistralai import Mistral\na = Mistral(api_key="{key}")  # mistral-keyguard: ignore[MK004]\n'
    assert len(scan("a.py", text).findings) == 1


def test_string_mentioning_the_marker_is_not_a_suppression(key):
    text = (f'from mistralai import Mistral\n'
            f'a = Mistral(api_key="{key}"); note = "# mistral-keyguard: ignore"\n')
    assert len(scan("a.py", text).findings) == 1


def test_select_and_severity_override(key):
    text = f'MISTRAL_API_KEY = "{key}"\n'
    assert scan("a.py", text, Settings(ignore=frozenset({"MK001"}))).findings == []
    from mistral_keyguard.catalogue import Severity

    [finding] = scan("a.py", text, Settings(severity={"MK001": Severity.WARNING})).findings
    assert finding.severity is Severity.WARNING


def test_unknown_language_and_prefilter_skip_parsing(key):
    assert scan("notes.txt", f'MISTRAL_API_KEY = "{key}"').findings == []
    result = scan("plain.py", "def add(a, b):\n    return a + b\n")
    assert result.parsed is False and result.findings == []


def test_broken_syntax_still_finds_the_key(key):
    text = f'MISTRAL_API_KEY = "{key}"\ndef broken(:\n    pass\n'
    assert [f.line for f in scan("a.py", text).findings] == [0]
