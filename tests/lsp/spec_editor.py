"""A spec-following editor's copy of a document, in plain Python: the reference the server's text
model is checked against (imported by the tests here, never by the server).

Lines end at LF, CRLF or a lone CR (LSP 3.17, "Text Documents"); columns count UTF-16 code units
(or UTF-8 bytes, or code points); a column past the end of its line means the line end."""

from __future__ import annotations

import bisect
import re

_LINE_END = re.compile(r"\r\n|\r|\n")


def _units(text: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == "utf-32":
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class SpecEditor:
    def __init__(self, text: str) -> None:
        self.text = text

    def line_starts(self) -> list[int]:
        return [0, *(m.end() for m in _LINE_END.finditer(self.text))]

    def line_end(self, starts: list[int], line: int) -> int:
        """Index of the end of `line`'s content, before its line break."""
        if line + 1 < len(starts):
            match = _LINE_END.search(self.text, starts[line])
            return match.start()
        return len(self.text)

    def index(self, line: int, character: int, encoding: str = "utf-16") -> int:
        """String index of a position (clamped to its line; past the last line: the end)."""
        starts = self.line_starts()
        if line >= len(starts):
            return len(self.text)
        start, end = starts[line], self.line_end(starts, line)
        for i in range(start, end):
            if _units(self.text[start:i + 1], encoding) > character:
                return i
        return end

    def position(self, index: int, encoding: str = "utf-16") -> tuple[int, int]:
        starts = self.line_starts()
        line = bisect.bisect_right(starts, index) - 1
        return line, _units(self.text[starts[line]:index], encoding)

    def apply(self, start: tuple[int, int], end: tuple[int, int], new: str, encoding: str = "utf-16") -> None:
        lo, hi = self.index(*start, encoding), self.index(*end, encoding)
        self.text = self.text[:lo] + new + self.text[hi:]

    def char_index(self, byte: int) -> int:
        """String index of a byte offset into the UTF-8 text."""
        return len(self.text.encode("utf-8", "surrogatepass")[:byte].decode("utf-8", "surrogatepass"))
