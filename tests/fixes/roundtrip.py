"""The round-trip check behind `test_roundtrip.py`: apply one fix to a copy and verify it.

For one finding and one of its fixes, on a copy of the project:
- every file the fix changes or creates parses with no new ERROR or MISSING node;
- the finding is gone and no new finding appears (in the document or in changed files);
- `fixAll` (safe fixes) applied twice: the second pass changes nothing;
- no text outside the edits' ranges changed;
- the key appears in no changed or created file except `.env`.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mistral_keyguard.finding import Finding, Fix
from mistral_keyguard.fixes.apply import apply_fixes, fix_all
from mistral_keyguard.languages import has_grammar, language_for_path, parser
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import ProjectIndex, project_root, scan_file


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


def scan(path: Path, with_fixes: bool = False) -> list[Finding]:
    from mistral_keyguard.engine import scan as engine_scan

    index = ProjectIndex()
    data = path.read_bytes()
    return engine_scan(str(path), data, Settings(), language=language_for_path(str(path)),
                       project=index.context(path), with_fixes=with_fixes).findings


def read_or_none(path: str) -> bytes | None:
    p = Path(path)
    return p.read_bytes() if p.is_file() else None


def write_changes(document: Path, changes) -> list[Path]:
    touched = []
    for path, data in changes.files.items():
        target = document if path is None else Path(path)
        target.write_bytes(data)
        touched.append(target)
    for path, text in changes.created.items():
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        touched.append(target)
    return touched


@dataclass
class Outcome:
    problems: list[str] = field(default_factory=list)


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


def check_fix(source_file: Path, finding_index: int, fix_id: str, workdir: Path) -> list[str]:
    """Copy the project of `source_file` into `workdir`, apply one fix, return the problems."""
    root = project_root(source_file)
    copy_root = workdir / "project"
    if copy_root.exists():
        shutil.rmtree(copy_root)
    shutil.copytree(root, copy_root, symlinks=True, ignore=shutil.ignore_patterns(".git", "node_modules"))
    document = copy_root / source_file.relative_to(root)
    original = document.read_bytes()
    before = scan(document, with_fixes=True)
    finding = before[finding_index]
    fix = next(f for f in finding.fixes if f.id == fix_id)
    key = _key_of(original, finding)
    other_before = {Path(e.path): read_or_none(e.path) for e in fix.edits if e.path}
    others_findings = {p: len(scan(p)) for p, data in other_before.items() if data is not None}
    problems: list[str] = []
    changes = apply_fixes(original, [fix], read_or_none)
    if changes.skipped:
        return [f"{fix_id}: the fix's own edits conflict"]
    touched = write_changes(document, changes)
    after_doc = document.read_bytes()
    if not outside_ranges_kept(original, after_doc, fix):
        problems.append("text outside the edit ranges changed")
    for path in touched:
        old = original if path == document else (other_before.get(path) or b"")
        new = path.read_bytes()
        if error_nodes(path, new) > error_nodes(path, old):
            problems.append(f"{path.name}: new syntax errors after the fix")
        if key and path.name != ".env" and new.count(key.encode()) > _allowed_copies(path, document, old, key):
            problems.append(f"{path.name}: the key is still there or landed outside .env")
    after = scan(document)
    want = identities(before)
    want[(finding.code, finding.secret_hash)] -= 1
    got = identities(after)
    if got[(finding.code, finding.secret_hash)] > want[(finding.code, finding.secret_hash)]:
        problems.append("the fixed finding is still reported")
    new = [k for k in got if got[k] > want[k] and k != (finding.code, finding.secret_hash)]
    if new:
        problems.append(f"new findings in the document: {sorted(c for c, _ in new)}")
    for path in touched:
        if path == document or not path.is_file():
            continue
        fresh = len(scan(path))
        if fresh > others_findings.get(path, 0):
            problems.append(f"{path.name}: {fresh} findings after the fix")
    problems += _fix_all_idempotent(document)
    return problems


def _allowed_copies(path: Path, document: Path, old: bytes, key: str) -> int:
    """How often the key may appear in a touched file after the fix: code must lose the copy the
    finding pointed at; a config file may keep its own (a rename leaves the value where it is);
    no other file may gain one."""
    count = old.count(key.encode())
    if path == document and language_for_path(str(path)) in ("python", "javascript", "typescript", "tsx"):
        return count - 1
    return count


def _fix_all_idempotent(document: Path) -> list[str]:
    """Apply fixAll, then check a second fixAll changes nothing."""
    for round_ in range(2):
        data = document.read_bytes()
        changes = fix_all(data, scan(document, with_fixes=True), read_or_none)
        changed = any(
            (document.read_bytes() if p is None else read_or_none(p)) != new for p, new in changes.files.items()
        ) or bool(changes.created)
        if round_ == 1 and changed:
            return ["a second fixAll changed the code again"]
        write_changes(document, changes)
    return []


def _key_of(data: bytes, finding: Finding) -> str | None:
    if finding.secret_hash is None:
        return None
    import hashlib
    import re

    for match in re.finditer(rb"[A-Za-z0-9]{32}", data):
        if hashlib.sha256(match.group()).hexdigest() == finding.secret_hash:
            return match.group().decode()
    return None
