"""The suppression edit builder (`mistral_keyguard.edits`), shared by the server and `check --fix`."""

from __future__ import annotations

from keyguard_testing import make_key
from mistral_keyguard.document import SourceText
from mistral_keyguard.edits import apply_edits, suppression_edit
from mistral_keyguard.engine import scan
from mistral_keyguard.languages import parser


def _suppress(text: str, language: str, line: int, code: str = "MK001") -> str | None:
    source = SourceText.from_text(text)
    edit = suppression_edit(source, language, line, code, parser(language).parse(source.data))
    return None if edit is None else apply_edits(source.data, [edit]).decode()


def test_python_marker_at_the_end_of_the_line_silences_the_finding():
    key = make_key()
    text = f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")  \n'
    assert scan("a.py", text).findings
    fixed = _suppress(text, "python", 1)
    assert fixed.splitlines()[1] == f'client = Mistral(api_key="{key}")  # mistral-keyguard: ignore[MK001]'
    assert not scan("a.py", fixed).findings


def test_javascript_uses_line_comments_and_existing_markers_are_extended():
    key = make_key()
    text = f'import {{ Mistral }} from "@mistralai/mistralai";\nconst c = new Mistral({{ apiKey: "{key}" }});\n'
    fixed = _suppress(text, "javascript", 1)
    assert fixed.splitlines()[1].endswith("// mistral-keyguard: ignore[MK001]")
    again = _suppress(fixed, "javascript", 1, "MK002")
    assert again.splitlines()[1].endswith("// mistral-keyguard: ignore[MK001,MK002]")
    assert _suppress(fixed, "javascript", 1, "MK001") is None  # already there: nothing to do


def test_a_line_ending_inside_a_string_gets_the_marker_above():
    text = 'x = 1\nmessage = """first\nsecond"""\n'
    fixed = _suppress(text, "python", 1)
    assert fixed.splitlines()[1] == "# mistral-keyguard: ignore[MK001]"
    assert fixed.splitlines()[2] == 'message = """first'


def test_formats_without_comments_get_no_edit():
    source = SourceText.from_text('{"key": "value"}\n')
    assert suppression_edit(source, "json", 0, "MK007") is None
