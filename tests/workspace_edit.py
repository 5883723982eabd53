"""A WorkspaceEdit applier of our own, written from the LSP specification (3.17), for tests that
check what an editor would do with the server's edits: positions in UTF-16, UTF-8 or UTF-32
units, lines ended by LF, CRLF or CR, a character past the line's end meaning its end, edits of
one document all computed on its original text (they must not overlap; inserts at one position
keep their order), and `documentChanges` applied in order, `CreateFile` included."""

from __future__ import annotations

import re
from typing import Callable

from lsprotocol import types

_LINE_END = re.compile(r"\r\n|\r|\n")


def _units(char: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(char.encode("utf-8"))
    if encoding == "utf-16":
        return 2 if ord(char) > 0xFFFF else 1
    return 1


def offset(text: str, position: types.Position, encoding: str) -> int:
    """The index in `text` of an LSP position; a position inside a character is an error."""
    starts = [0] + [m.end() for m in _LINE_END.finditer(text)]
    if position.line >= len(starts):
        return len(text)
    start = starts[position.line]
    ending = _LINE_END.search(text, start)
    end = ending.start() if ending else len(text)
    column = 0
    for index in range(start, end):
        if column == position.character:
            return index
        column += _units(text[index], encoding)
        if column > position.character:
            raise ValueError(f"position {position} falls inside the character {text[index]!r}")
    return end


def apply_text_edits(text: str, edits, encoding: str) -> str:
    spans = []
    for order, edit in enumerate(edits):
        start, end = offset(text, edit.range.start, encoding), offset(text, edit.range.end, encoding)
        if end < start:
            raise ValueError(f"edit range ends before it starts: {edit.range}")
        spans.append((start, end, order, edit.new_text))
    spans.sort()
    for (_, end, _, _), (start, _, _, _) in zip(spans, spans[1:]):
        if start < end:
            raise ValueError("overlapping edits in one document")
    out, at = [], 0
    for start, end, _, new_text in spans:
        out += [text[at:start], new_text]
        at = end
    return "".join(out) + text[at:]


def apply_workspace_edit(edit: types.WorkspaceEdit, read: Callable[[str], str | None],
                         encoding: str) -> dict[str, str]:
    """The new text of every document the edit touches; `read(uri)` gives the current text of a
    document (None when it does not exist)."""
    texts: dict[str, str | None] = {}

    def current(uri: str) -> str:
        if uri not in texts:
            texts[uri] = read(uri)
        if texts[uri] is None:
            raise ValueError(f"edit of a document that does not exist: {uri}")
        return texts[uri]

    if edit.document_changes is not None:
        for change in edit.document_changes:
            if isinstance(change, types.CreateFile):
                exists = (texts[change.uri] if change.uri in texts else read(change.uri)) is not None
                options = change.options
                if not exists or (options and options.overwrite):
                    texts[change.uri] = ""
                elif not (options and options.ignore_if_exists):
                    raise ValueError(f"CreateFile of an existing file without ignoreIfExists: {change.uri}")
                else:
                    current(change.uri)
            elif isinstance(change, types.TextDocumentEdit):
                uri = change.text_document.uri
                texts[uri] = apply_text_edits(current(uri), change.edits, encoding)
            else:
                raise ValueError(f"unexpected resource operation {change!r}")
    else:
        for uri, edits in (edit.changes or {}).items():
            texts[uri] = apply_text_edits(current(uri), edits, encoding)
    return {uri: text for uri, text in texts.items() if text is not None}
