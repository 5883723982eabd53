"""Source text with the position conversions every rule and adapter needs.

Lines end at LF, CRLF or a lone CR, as the Language Server Protocol says, so a finding's
line:column is the same in the CLI, in SARIF and in an editor. tree-sitter counts rows at LF
only: never mix its rows with these lines, go through byte offsets (`line_of`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from mistral_keyguard.finding import Position, Span

LINE_END = re.compile(rb"\r\n?|\n")


def line_starts(data: bytes, after: int = 0, upto: int | None = None) -> list[int]:
    """Offsets in (after, upto] where a line starts, i.e. right after a line end. Any `after`
    works: the LF of a CRLF, seen alone, ends the line at the same offset."""
    upto = len(data) if upto is None else upto
    # one byte past `upto`: a CR at `upto - 1` followed by LF is a CRLF, no line start at `upto`
    return [end for m in LINE_END.finditer(data, after, min(len(data), upto + 1)) if (end := m.end()) <= upto]


def break_length(data: bytes, start: int) -> int:
    """Length of the line break that ends right before line start `start` (> 0)."""
    return 2 if data[start - 2:start] == b"\r\n" else 1


@dataclass
class SourceText:
    """UTF-8 bytes of a document and a line index over them."""

    data: bytes
    _line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # finditer runs the search in C: about twice as fast as a find() loop on long files
        self._line_starts = [0, *line_starts(self.data)]

    @classmethod
    def from_text(cls, text: str) -> "SourceText":
        return cls(text.encode("utf-8", "surrogatepass"))

    @cached_property
    def text(self) -> str:
        return self.data.decode("utf-8", "replace")

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def line_start(self, line: int) -> int:
        return self._line_starts[line]

    def line_bytes(self, line: int) -> bytes:
        return self.data[self._line_starts[line]:self.line_end(line)]

    def line_end(self, line: int) -> int:
        """Byte offset of the end of `line`, before its line break."""
        if line + 1 < len(self._line_starts):
            following = self._line_starts[line + 1]
            return following - break_length(self.data, following)
        return len(self.data)

    def line_text(self, line: int) -> str:
        return self.line_bytes(line).decode("utf-8", "replace")

    def line_of(self, byte: int) -> int:
        """The line holding byte offset `byte` (use it instead of a tree-sitter row)."""
        return bisect.bisect_right(self._line_starts, max(0, min(byte, len(self.data)))) - 1

    def position(self, byte: int) -> Position:
        byte = max(0, min(byte, len(self.data)))
        line = self.line_of(byte)
        column_bytes = self.data[self._line_starts[line]:byte]
        return Position(line, len(column_bytes.decode("utf-8", "replace")), byte)

    def span(self, start_byte: int, end_byte: int) -> Span:
        return Span(self.position(start_byte), self.position(end_byte))

    def byte_at(self, line: int, character: int) -> int:
        """Byte offset of a (line, code point) position, clamped to the line."""
        line = max(0, min(line, len(self._line_starts) - 1))
        raw = self.line_bytes(line).decode("utf-8", "replace")
        prefix = raw[: max(0, character)]
        return self._line_starts[line] + len(prefix.encode("utf-8"))
