"""Golden tests: each fix on readable input, compared with the expected output.

Two shapes, both under `golden/<rule>/`:
- `<case>.<ext>` with `<case>.fixed.<ext>`: one file; its first line names the fix
  (`# fix: MK001 env-read`), which is applied to every finding of that rule until nothing changes.
- `<case>/before/` with `<case>/after/` and `<case>/fix` (`MK001 env-move`): a small project; the
  fix is applied to every file, and the whole tree must equal `after/` (created files included).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from fixes.roundtrip import read_or_none, scan, write_changes
from mistral_keyguard.fixes.apply import apply_fixes

GOLDEN = Path(__file__).resolve().parent / "golden"
_HEADER = re.compile(rb"fix:\s*(MK\d{3})\s+([a-z-]+)")


def file_cases() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*/*.*") if p.is_file() and ".fixed." not in p.name)


def tree_cases() -> list[Path]:
    return sorted(p for p in GOLDEN.glob("*/*") if p.is_dir())


def fixed_name(path: Path) -> Path:
    stem, _, ext = path.name.partition(".")
    return path.with_name(f"{stem}.fixed.{ext}")


def apply_everywhere(files: list[Path], code: str, fix_id: str) -> None:
    """Apply `fix_id` to every finding of `code` in `files`, rescanning until nothing changes."""
    for _ in range(8):
        changed = False
        for path in files:
            if not path.is_file():
                continue
            findings = [f for f in scan(path, with_fixes=True) if f.code == code]
            fixes = [fx for f in findings for fx in f.fixes if fx.id == fix_id]
            if not fixes:
                continue
            changes = apply_fixes(path.read_bytes(), fixes, read_or_none)
            if changes.applied:
                write_changes(path, changes)
                changed = True
        if not changed:
            return
    raise AssertionError("fixes did not settle after 8 passes")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", file_cases(), ids=lambda p: p.relative_to(GOLDEN).as_posix())
def test_golden_file(case: Path, tmp_path: Path) -> None:
    header = _HEADER.search(case.read_bytes().split(b"\n", 1)[0])
    assert header, f"{case.name}: the first line must say which fix (fix: MK001 env-read)"
    code, fix_id = (g.decode() for g in header.groups())
    work = tmp_path / case.name
    shutil.copy(case, work)
    apply_everywhere([work], code, fix_id)
    expected = fixed_name(case).read_text(encoding="utf-8")
    assert work.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("case", tree_cases(), ids=lambda p: p.relative_to(GOLDEN).as_posix())
def test_golden_tree(case: Path, tmp_path: Path) -> None:
    code, fix_id = (case / "fix").read_text().split()
    work = tmp_path / "project"
    shutil.copytree(case / "before", work)
    apply_everywhere(sorted(p for p in work.rglob("*") if p.is_file()), code, fix_id)
    got, want = tree(work), tree(case / "after")
    assert sorted(got) == sorted(want), "files differ"
    for name in want:
        assert got[name].decode() == want[name].decode(), name
