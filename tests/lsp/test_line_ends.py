"""Lone CR, CRLF and LF are all line ends (LSP 3.17): the server's text model, the engine's line
numbers, the CLI's line:column and the server's ranges all count them the same way, while
tree-sitter points still count rows at LF only (issue 12, item 9)."""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from keyguard_testing import make_key
from lsprotocol import types
from mistral_keyguard.document import SourceText
from mistral_keyguard.engine import scan
from mistral_keyguard.lsp.text import UTF8, UTF16, UTF32, DocumentText
from spec_editor import SpecEditor

_ALPHABET = st.sampled_from(["a", "b", " ", "\n", "\r", "\r\n", "😀", "é", "中", "\x0c", "\u2028"])
_TEXT = st.lists(_ALPHABET, max_size=30).map("".join)
_ENCODINGS = {UTF8: "utf-8", UTF16: "utf-16", UTF32: "utf-32"}


def _agree(server: DocumentText, editor: SpecEditor) -> None:
    data = server.data
    assert data == editor.text.encode("utf-8")
    assert server.line_count == len(editor.line_starts())
    for index in range(len(editor.text) + 1):
        byte = len(editor.text[:index].encode("utf-8"))
        for ours, theirs in _ENCODINGS.items():
            line, character = editor.position(index, theirs)
            assert (server.position(byte, ours).line, server.position(byte, ours).character) == (line, character)
            if editor.text[index - 1:index + 1] != "\r\n":  # no position lies inside a CRLF
                assert server.offset(types.Position(line=line, character=character), ours) == byte
        row = data.count(b"\n", 0, byte)
        assert server.point(byte) == (row, byte - (data.rfind(b"\n", 0, byte) + 1))
    source = SourceText(data)
    assert [source.line_text(i) for i in range(source.line_count)] == \
        [editor.text[s:editor.line_end(editor.line_starts(), i)] for i, s in enumerate(editor.line_starts())]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=_TEXT, edits=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4), _TEXT), max_size=5))
def test_edits_keep_the_line_index_equal_to_a_spec_editor(text, edits) -> None:
    server, editor = DocumentText.from_str(text), SpecEditor(text)
    _agree(server, editor)
    for at, length, new in edits:
        lo = min(at, len(editor.text))
        hi = min(len(editor.text), lo + length)
        start, end = editor.position(lo), editor.position(hi)
        editor.apply(start, end, new)
        begin = server.offset(types.Position(line=start[0], character=start[1]), UTF16)
        finish = server.offset(types.Position(line=end[0], character=end[1]), UTF16)
        server = server.replace(begin, finish, new.encode("utf-8"))
        _agree(server, editor)


def test_a_cr_joined_to_a_following_lf_is_one_line_end() -> None:
    text = DocumentText.from_str("a\rb")
    assert text.line_count == 2
    joined = text.replace(2, 2, b"\n")  # "a\r\nb": CR and LF become one line end
    assert joined.line_count == 2 and joined.line_bytes(0) == b"a" and joined.line_bytes(1) == b"b"
    split = joined.replace(2, 2, b"x")  # "a\rx\nb": two line ends again
    assert split.line_count == 3 and split.line_bytes(1) == b"x"


def _mistral_lines(key: str, end: str) -> str:
    return end.join(["from mistralai import Mistral", "x = (1,", "2)", f'client = Mistral(api_key="{key}")', ""])


def test_engine_lines_count_lone_cr_and_skip_form_feeds() -> None:
    key = make_key()
    for end, line in (("\n", 3), ("\r\n", 3), ("\r", 3)):
        text = _mistral_lines(key, end).replace("x = (1,", "x = (1,\x0c\u2028")
        findings = scan("app.py", text).findings
        assert [(f.code, f.line) for f in findings if f.code == "MK001"] == [("MK001", line)], repr(end)


def test_cli_line_and_column_agree_with_the_server_range(tmp_path) -> None:
    key = make_key()
    text = 'import os\rfrom mistralai import Mistral\r\nclient = Mistral(\r  api_key="' + key + '")\r'
    (tmp_path / "app.py").write_bytes(text.encode())
    proc = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", str(tmp_path), "--output-format",
                           "json"], capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False)
    found = [f for f in json.loads(proc.stdout)["findings"] if f["code"] == "MK001"]
    assert len(found) == 1, proc.stdout
    editor = SpecEditor(text)
    line, column = editor.position(text.index(key), "utf-32")
    assert (found[0]["line"], found[0]["column"]) == (line + 1, column + 1)
    server = DocumentText.from_str(text)
    assert server.position(text.encode().index(key.encode()), UTF16) == types.Position(line=line, character=column)
    frame = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", str(tmp_path)],
                           capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False).stdout
    assert f"app.py:{line + 1}:{column + 1}: MK001" in frame
    assert key not in frame and key[4:-4] not in frame
    assert f'> {line + 1} |   api_key="{key[:4]}' in frame, frame
