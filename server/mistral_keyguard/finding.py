"""The engine's output types. Plain data: no LSP types, nothing that holds a key in clear."""

from __future__ import annotations

from dataclasses import dataclass, field

from mistral_keyguard.catalogue import Severity


@dataclass(frozen=True)
class Position:
    """0-based line, character (Unicode code points) and byte offset into the UTF-8 text."""

    line: int
    character: int
    byte: int


@dataclass(frozen=True)
class Span:
    start: Position
    end: Position


@dataclass(frozen=True)
class RelatedLocation:
    span: Span
    message: str
    path: str | None = None  # None: the finding's own file


@dataclass(frozen=True)
class TextEdit:
    """Replace bytes [start, end) of `path` (None: the finding's file) with `new_text`."""

    start: int
    end: int
    new_text: str
    path: str | None = None


@dataclass(frozen=True)
class FileCreation:
    path: str
    text: str


@dataclass(frozen=True)
class Fix:
    id: str
    title: str
    safe: bool
    edits: tuple[TextEdit, ...] = ()
    creations: tuple[FileCreation, ...] = ()
    preferred: bool = False
    # Files (absolute paths) to stop tracking in git, as `git rm --cached` does; never history.
    untrack: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    path: str
    span: Span
    message: str
    fingerprint: str
    secret_hash: str | None = None
    masked_key: str | None = None
    related: tuple[RelatedLocation, ...] = ()
    fixes: tuple[Fix, ...] = field(default_factory=tuple)

    @property
    def line(self) -> int:
        return self.span.start.line

    def sort_key(self) -> tuple:
        return (self.path, self.span.start.byte, self.code)
