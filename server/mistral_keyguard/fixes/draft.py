"""What a fix builder returns before the catalogue gives it a title and a safety level."""

from __future__ import annotations

from dataclasses import dataclass

from mistral_keyguard.finding import FileCreation, TextEdit


@dataclass(frozen=True)
class Draft:
    fix_id: str
    edits: tuple[TextEdit, ...] = ()
    creations: tuple[FileCreation, ...] = ()
    untrack: tuple[str, ...] = ()
    title: str | None = None  # the catalogue's title unless the fix names what it does exactly
