"""The round-trip check behind `test_roundtrip.py`: apply one fix in memory and verify it.

For one finding and one of its fixes (files are never written: an overlay holds the changes,
and rescans see the project as the fix leaves it):
- every file the fix changes or creates parses with no new ERROR or MISSING node;
- the finding is gone and no new finding appears (in the document or in changed files);
- no text outside the edits' ranges changed;
- the key appears in no changed or created file except `.env` (a config file may keep its own).
And once per file: `fixAll` (safe fixes) applied twice, the second pass changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

from mistral_keyguard.engine import scan as engine_scan
from mistral_keyguard.fixes import attach_fixes
from mistral_keyguard.finding import Finding, Fix
from mistral_keyguard.fixes.apply import apply_fixes, fix_all
from mistral_keyguard.fix_writer import Overlay
from mistral_keyguard.languages import has_grammar, language_for_path, parser
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import ProjectIndex

CODE_LANGUAGES = ("python", "javascript", "typescript", "tsx")


def error_nodes(path: Path, data: bytes) -> int:
    language = language_for_path(str(path))
    if language is None or not has_grammar(language):
        return 0
    tree = parser(language).parse(data)
    count = 0
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            count += 1
        if node.has_error:
            stack.extend(node.children)
    return count


def identities(findings: list[Finding]) -> Counter:
    return Counter((f.code, f.secret_hash) for f in findings)


def scan(path: Path, with_fixes: bool = False, overlay: Overlay | None = None) -> list[Finding]:
    data = overlay.read(path) if overlay is not None else path.read_bytes()
    context = ProjectIndex().context(path)
    if overlay is not None:
        context = overlay.project(context)
    return engine_scan(str(path), data, Settings(), language=language_for_path(str(path)),
                       project=context, fixer=attach_fixes if with_fixes else None).findings


def read_or_none(path: str) -> bytes | None:
    p = Path(path)
    return p.read_bytes() if p.is_file() else None


def write_changes(document: Path, changes, overlay: Overlay | None = None) -> list[Path]:
    """Write `changes` to the overlay (or to disk when there is none); the paths touched."""
    touched = []
    items = [(document if p is None else Path(p), data) for p, data in changes.files.items()]
    items += [(Path(p), text.encode("utf-8")) for p, text in changes.created.items()]
    for target, data in items:
        if overlay is not None:
            overlay.write(target, data)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        touched.append(target)
    return touched


def outside_ranges_kept(before: bytes, after: bytes, fix: Fix) -> bool:
    """The document's bytes outside the fix's edits are the same, in the same order."""
    edits = sorted((e for e in fix.edits if e.path is None), key=lambda e: (e.start, e.end))
    cursor_before, cursor_after = 0, 0
    for edit in edits:
        gap = before[cursor_before:edit.start]
        if after[cursor_after:cursor_after + len(gap)] != gap:
            return False
        cursor_after += len(gap) + len(edit.new_text.encode())
        cursor_before = edit.end
    return after[cursor_after:] == before[cursor_before:]


def key_of(data: bytes, finding: Finding) -> str | None:
    if finding.secret_hash is None:
        return None
    for match in re.finditer(rb"[A-Za-z0-9]{32}", data):
        if hashlib.sha256(match.group()).hexdigest() == finding.secret_hash:
            return match.group().decode()
    return None


def _allowed_copies(path: Path, document: Path, old: bytes, key: str) -> int:
    """Code must lose the copy the finding pointed at; a config file may keep its own value (a
    rename leaves it where it is); no other file may gain one."""
    count = old.count(key.encode())
    if path == document and language_for_path(str(path)) in CODE_LANGUAGES:
        return count - 1
    return count


def check_fix(document: Path, before: list[Finding], finding: Finding, fix: Fix) -> list[str]:
    """Apply `fix` (offered for `finding`, one of `before`, the document's findings) in memory."""
    overlay = Overlay()
    original = document.read_bytes()
    key = key_of(original, finding)
    paths = {Path(e.path) for e in fix.edits if e.path} | {Path(c.path) for c in fix.creations}
    old = {p: read_or_none(str(p)) for p in paths}
    old_counts = {p: len(scan(p)) for p, data in old.items() if data is not None}
    changes = apply_fixes(original, [fix], lambda p: overlay.read(Path(p)))
    if changes.skipped:
        return [f"{fix.id}: the fix's own edits conflict or create an existing file"]
    touched = write_changes(document, changes, overlay)
    problems: list[str] = []
    after_doc = overlay.read(document)
    if not outside_ranges_kept(original, after_doc, fix):
        problems.append("text outside the edit ranges changed")
    for path in touched:
        previous = original if path == document else (old.get(path) or b"")
        new = overlay.read(path)
        if error_nodes(path, new) > error_nodes(path, previous):
            problems.append(f"{path.name}: new syntax errors after the fix")
        if key and path.name != ".env" and new.count(key.encode()) > _allowed_copies(path, document, previous, key):
            problems.append(f"{path.name}: the key is still there or landed outside .env")
    want = identities(before)
    ident = (finding.code, finding.secret_hash)
    want[ident] -= 1
    got = identities(scan(document, overlay=overlay))
    if got[ident] > want[ident]:
        problems.append("the fixed finding is still reported")
    new_findings = sorted(code for (code, h), n in got.items() if n > want[(code, h)] and (code, h) != ident)
    if new_findings:
        problems.append(f"new findings in the document: {new_findings}")
    for path in touched:
        if path != document:
            count = len(scan(path, overlay=overlay))
            if count > old_counts.get(path, 0):
                problems.append(f"{path.name}: {count} findings after the fix")
    return problems


# Two findings on one span (a printed key literal is MK001 and MK005) take one fixAll each, as
# `check --fix` takes one pass each; a third that still changes something never converges.
_FIX_ALL_ROUNDS = 3


def fix_all_is_idempotent(document: Path) -> list[str]:
    """Apply fixAll until nothing changes; it must settle within a few rounds."""
    overlay = Overlay()
    for round_ in range(_FIX_ALL_ROUNDS + 1):
        data = overlay.read(document)
        changes = fix_all(data, scan(document, with_fixes=True, overlay=overlay),
                          lambda p: overlay.read(Path(p)))
        changed = bool(changes.created) or any(
            overlay.read(document if p is None else Path(p)) != new for p, new in changes.files.items())
        if not changed:
            return []
        if round_ == _FIX_ALL_ROUNDS:
            return [f"fixAll still changed the code after {_FIX_ALL_ROUNDS} rounds"]
        write_changes(document, changes, overlay)
    return []
