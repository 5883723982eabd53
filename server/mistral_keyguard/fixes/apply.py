"""Applying fixes to text: ordered edits, overlap detection, and the fix-all selection.

Pure like the engine: callers pass the document's bytes and a `read(path)` for other files, and
get back the new bytes of every file a fix touches plus the files to create. Writing is theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from mistral_keyguard.finding import Finding, Fix, TextEdit

# With unsafe fixes allowed, these rules' fuller fix replaces the preferred safe one.
_UNSAFE_CHOICE = {"MK001": "env-move"}


class EditConflict(ValueError):
    """Two edits overlap, or a fix would create a file that exists."""


def _ordered(edits: Iterable[TextEdit]) -> list[TextEdit]:
    """Edits by position, exact duplicates dropped; raises EditConflict when ranges overlap.

    Insertions at the same byte keep their order; an insertion at the start or end of a
    replaced range touches it without overlapping."""
    out: list[TextEdit] = []
    for edit in sorted(dict.fromkeys(edits), key=lambda e: (e.start, e.end)):
        if edit.start > edit.end or edit.start < 0:
            raise EditConflict(f"invalid edit range {edit.start}..{edit.end}")
        if out and out[-1].end > edit.start:
            raise EditConflict(f"edits overlap at byte {edit.start}")
        out.append(edit)
    return out


def apply_edits(data: bytes, edits: Sequence[TextEdit]) -> bytes:
    """`data` with `edits` (byte ranges into `data`) applied."""
    ordered = _ordered(edits)
    if ordered and ordered[-1].end > len(data):
        raise EditConflict(f"edit past the end of the text ({ordered[-1].end} > {len(data)})")
    parts: list[bytes] = []
    cursor = 0
    for edit in ordered:
        parts.append(data[cursor:edit.start])
        parts.append(edit.new_text.encode("utf-8"))
        cursor = edit.end
    parts.append(data[cursor:])
    return b"".join(parts)


def apply_text(text: str, edits: Sequence[TextEdit]) -> str:
    return apply_edits(text.encode("utf-8"), edits).decode("utf-8")


@dataclass
class Changes:
    """The outcome of applying fixes: new content per existing file and files to create.

    The document is keyed by None; other files by the path the fix gave them."""

    files: dict[str | None, bytes] = field(default_factory=dict)
    created: dict[str, str] = field(default_factory=dict)
    applied: list[Fix] = field(default_factory=list)
    skipped: list[Fix] = field(default_factory=list)
    untracked: list[str] = field(default_factory=list)  # files to leave git's index


def choose(finding: Finding, *, unsafe: bool = False) -> Fix | None:
    """The fix `--fix` applies for a finding: its preferred safe fix, or with `unsafe` its fullest."""
    if unsafe:
        wanted = _UNSAFE_CHOICE.get(finding.code)
        for fix in finding.fixes:
            if fix.id == wanted:
                return fix
        if wanted is not None and any(f.id != wanted for f in finding.fixes):
            return None  # the move was refused (its name holds another key): dropping it is no answer
        return finding.fixes[0] if finding.fixes else None
    return next((f for f in finding.fixes if f.safe), None)


def _conflicts(fix: Fix, edits: dict[str | None, list[TextEdit]], created: dict[str, str],
               exists: Callable[[str], bool]) -> bool:
    for creation in fix.creations:
        if exists(creation.path) and creation.path not in created:
            return True
        if creation.path in created and created[creation.path] != creation.text:
            return True
    by_path: dict[str | None, list[TextEdit]] = {}
    for edit in fix.edits:
        by_path.setdefault(edit.path, []).append(edit)
    for path, new in by_path.items():
        if path is not None and path in created:
            return True
        try:
            _ordered(edits.get(path, []) + new)
        except EditConflict:
            return True
        if path is not None and _defines_same_name(edits.get(path, []), new):
            return True
    return False


_ASSIGNED = re.compile(r"(?m)^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.]*)[ \t]*=")


def _defines_same_name(earlier: list[TextEdit], new: list[TextEdit]) -> bool:
    """Two fixes of one pass adding `NAME=` lines for the same NAME to another file (two keys
    moved to `.env`): the later one waits for the next pass, which sees the first one's line
    and picks a free name, so neither value is shadowed."""
    taken = {name for edit in earlier for name in _ASSIGNED.findall(edit.new_text)}
    return any(edit not in earlier and taken & set(_ASSIGNED.findall(edit.new_text)) for edit in new)


def apply_fixes(document: bytes, fixes: Iterable[Fix], read: Callable[[str], bytes | None]) -> Changes:
    """Apply as many of `fixes` as fit together, in order; a fix that overlaps an earlier one is
    skipped (a second pass, after a rescan, picks it up)."""
    changes = Changes()
    edits: dict[str | None, list[TextEdit]] = {}
    cache: dict[str, bytes | None] = {}

    def current(path: str) -> bytes | None:
        if path not in cache:
            cache[path] = read(path)
        return cache[path]

    for fix in fixes:
        if _conflicts(fix, edits, changes.created, lambda p: current(p) is not None):
            changes.skipped.append(fix)
            continue
        for edit in fix.edits:
            edits.setdefault(edit.path, []).append(edit)
        for creation in fix.creations:
            changes.created[creation.path] = creation.text
        changes.untracked += [path for path in fix.untrack if path not in changes.untracked]
        changes.applied.append(fix)
    for path, file_edits in edits.items():
        base = document if path is None else current(path)
        if base is None:
            raise EditConflict(f"{path}: the file a fix edits does not exist")
        changes.files[path] = apply_edits(base, file_edits)
    return changes


def fix_all(document: bytes, findings: Iterable[Finding], read: Callable[[str], bytes | None], *,
            unsafe: bool = False) -> Changes:
    """`source.fixAll` / `check --fix`: the chosen fix of every finding that has one."""
    chosen = [fix for fix in (choose(f, unsafe=unsafe) for f in findings) if fix is not None]
    return apply_fixes(document, chosen, read)
