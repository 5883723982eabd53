"""Document text as UTF-8 bytes with a line index, and LSP position conversion.

LSP columns count UTF-16 code units unless the client and server agreed on UTF-8 or UTF-32;
tree-sitter and the engine count bytes. Every conversion between the two goes through here.
Instances are immutable: an edit returns a new `DocumentText`, so a scan running on an older
snapshot keeps a consistent view.
"""

from __future__ import annotations

import bisect

from lsprotocol import types

UTF8 = types.PositionEncodingKind.Utf8
UTF16 = types.PositionEncodingKind.Utf16
UTF32 = types.PositionEncodingKind.Utf32


class PositionError(ValueError):
    """A position outside the document."""


def _line_starts(data: bytes, base: int = 0) -> list[int]:
    starts = []
    find = data.find
    i = find(b"\n")
    while i != -1:
        starts.append(base + i + 1)
        i = find(b"\n", i + 1)
    return starts


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
        self.starts = starts if starts is not None else [0, *_line_starts(data)]

    @classmethod
    def from_str(cls, text: str) -> "DocumentText":
        return cls(text.encode("utf-8", "surrogatepass"))

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_end(self, line: int) -> int:
        """Byte offset of the end of `line`, before its line break."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1] - 1
            if end > self.starts[line] and self.data[end - 1:end] == b"\r":
                end -= 1
            return end
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
        """tree-sitter point (row, byte column) of a byte offset."""
        line = bisect.bisect_right(self.starts, byte) - 1
        return line, byte - self.starts[line]

    def replace(self, start: int, end: int, new: bytes) -> "DocumentText":
        """The text with bytes [start, end) replaced; the line index is spliced, not rebuilt."""
        data = self.data[:start] + new + self.data[end:]
        first = bisect.bisect_right(self.starts, start)  # lines starting at or before `start`
        last = bisect.bisect_right(self.starts, end)
        delta = len(new) - (end - start)
        starts = self.starts[:first]
        starts.extend(_line_starts(new, start))
        starts.extend(s + delta for s in self.starts[last:])
        return DocumentText(data, starts)
