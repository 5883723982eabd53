"""Document text as UTF-8 bytes with a line index, and LSP position conversion.

LSP columns count UTF-16 code units unless the client and server agreed on UTF-8 or UTF-32;
tree-sitter and the engine count bytes. Every conversion between the two goes through here.
Instances are immutable: an edit returns a new `DocumentText`, so a scan running on an older
snapshot keeps a consistent view.

Lines end at LF, CRLF or a lone CR (the protocol's definition, shared with the engine through
`document.line_starts`); tree-sitter points count rows at LF only, and `point` gives those.
"""

from __future__ import annotations

import bisect

from lsprotocol import types

from mistral_keyguard.document import break_length, line_starts

UTF8 = types.PositionEncodingKind.Utf8
UTF16 = types.PositionEncodingKind.Utf16
UTF32 = types.PositionEncodingKind.Utf32


class PositionError(ValueError):
    """A position outside the document."""


def _units(text: str, encoding: str) -> int:
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class DocumentText:
    __slots__ = ("data", "starts")

    def __init__(self, data: bytes, starts: list[int] | None = None) -> None:
        self.data = data
        self.starts = starts if starts is not None else [0, *line_starts(data)]

    @classmethod
    def from_str(cls, text: str) -> "DocumentText":
        return cls(text.encode("utf-8", "surrogatepass"))

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_end(self, line: int) -> int:
        """Byte offset of the end of `line`, before its line break."""
        if line + 1 < len(self.starts):
            following = self.starts[line + 1]
            return following - break_length(self.data, following)
        return len(self.data)

    def line_bytes(self, line: int) -> bytes:
        return self.data[self.starts[line]:self.line_end(line)]

    def offset(self, position: types.Position, encoding: str, *, strict: bool = False) -> int:
        """Byte offset of an LSP position. A column past the end of its line means the line end
        (as the protocol says); a line past the end raises `PositionError` when `strict`, else
        means the end of the document."""
        line, character = position.line, position.character
        if line < 0 or character < 0:
            raise PositionError(f"negative position {line}:{character}")
        if line >= len(self.starts):
            if strict and not (line == len(self.starts) and character == 0):
                raise PositionError(f"line {line} is past the end of the document ({len(self.starts)} lines)")
            return len(self.data)
        start = self.starts[line]
        raw = self.data[start:self.line_end(line)]
        if encoding == UTF8:
            column = min(character, len(raw))
            # never split a UTF-8 sequence: move back to the start of the character
            while 0 < column < len(raw) and (raw[column] & 0xC0) == 0x80:
                column -= 1
            return start + column
        text = raw.decode("utf-8", "surrogatepass")
        if encoding == UTF32:
            return start + len(text[:character].encode("utf-8", "surrogatepass"))
        units = 0
        for index, ch in enumerate(text):
            if units >= character:
                return start + len(text[:index].encode("utf-8", "surrogatepass"))
            units += 2 if ord(ch) > 0xFFFF else 1
        return start + len(raw)

    def position(self, byte: int, encoding: str) -> types.Position:
        byte = max(0, min(byte, len(self.data)))
        line = bisect.bisect_right(self.starts, byte) - 1
        prefix = self.data[self.starts[line]:byte]
        if encoding == UTF8:
            return types.Position(line=line, character=len(prefix))
        return types.Position(line=line, character=_units(prefix.decode("utf-8", "replace"), encoding))

    def range(self, start: int, end: int, encoding: str) -> types.Range:
        return types.Range(start=self.position(start, encoding), end=self.position(end, encoding))

    def point(self, byte: int) -> tuple[int, int]:
        """tree-sitter point (row, byte column) of a byte offset: rows end at LF only."""
        byte = max(0, min(byte, len(self.data)))
        line_start = self.data.rfind(b"\n", 0, byte) + 1
        line = bisect.bisect_right(self.starts, byte) - 1
        if self.data.find(b"\r", 0, byte) == -1:
            return line, byte - line_start  # no CR before it: rows and lines agree
        return self.data.count(b"\n", 0, byte), byte - line_start

    def replace(self, start: int, end: int, new: bytes) -> "DocumentText":
        """The text with bytes [start, end) replaced; the line index is spliced, not rebuilt.
        A line start depends on the two bytes around it (CR, then LF or not), so the starts from
        one byte before the edit to one byte after it are found again."""
        data = self.data[:start] + new + self.data[end:]
        head = bisect.bisect_left(self.starts, start)  # starts before `start` stay
        tail = bisect.bisect_left(self.starts, end + 1)  # starts after `end + 1` only move
        delta = len(new) - (end - start)
        starts = self.starts[:head] or [0]
        starts.extend(line_starts(data, max(0, start - 1), start + len(new)))
        starts.extend(s + delta for s in self.starts[tail:])
        return DocumentText(data, starts)
