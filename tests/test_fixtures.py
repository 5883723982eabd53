"""Every fixture file runs through the engine; its inline expectations are the assertions.

A line ending in `expect: MK001` (or `expect: MK002, MK003`) must produce exactly those codes;
every other line must stay clean. Files that cannot hold comments (JSON, notebooks) list their
expectations in a sidecar `<file>.expect` with lines like `12: MK007`. Golden outputs of fixes
(`*.fixed.*`) are not scanned.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from keyguard_testing import FIXTURES
from mistral_keyguard.settings import Settings
from mistral_keyguard.project_view import ProjectView
from mistral_keyguard.workspace import ProjectIndex, scan_file

_EXPECT = re.compile(r"expect:\s*((?:MK\d{3}[\s,]*)+)")


def fixture_files() -> list[Path]:
    return sorted(
        p for p in FIXTURES.rglob("*")
        if p.is_file() and p.suffix != ".expect" and ".fixed." not in p.name and p.name != "README.md"
    )


def expected(path: Path) -> set[tuple[int, str]]:
    out: set[tuple[int, str]] = set()
    sidecar = path.with_name(path.name + ".expect")
    if sidecar.exists():
        for raw in sidecar.read_text().splitlines():
            if raw.strip() and not raw.startswith("#"):
                line, codes = raw.split(":", 1)
                out |= {(int(line), c.strip()) for c in codes.split(",") if c.strip()}
        return out
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _EXPECT.search(line)
        if match:
            out |= {(number, code) for code in re.findall(r"MK\d{3}", match.group(1))}
    return out


@pytest.mark.parametrize("fixture", fixture_files(), ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_fixture(fixture: Path, fixture_copy: Path) -> None:
    copy = fixture_copy / fixture.relative_to(FIXTURES)
    # As `check` does: with the project view, so multi-file trees see their imports' facts.
    result = scan_file(copy, fixture.relative_to(FIXTURES).as_posix(), Settings(), ProjectIndex(),
                       view=ProjectView(Settings()))
    found = {(f.span.start.line + 1, f.code) for f in result.findings}
    want = expected(fixture)
    missing = sorted(want - found)
    unexpected = sorted(found - want)
    assert not missing and not unexpected, (
        f"{fixture.name}: missed {missing}, unexpected {unexpected}\n"
        + "\n".join(f"  {f.span.start.line + 1}: {f.code} {f.message}" for f in result.findings)
    )
