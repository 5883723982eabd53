"""The sentinel suite (issue 12, never echo a key): hundreds of generated keys planted in every
supported context and file type, in settings, file names and broken files; every output format,
`--verbose`, `--diff`, `--fix` and bad flags must show none of them, nor any run of more than 8 of
a sentinel's characters (case-folded: `--select` upper-cases what it echoes).

The only places a sentinel may appear are the user's own files and the edits `--fix` writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hostile_support import run_cli
from sentinels import leaks, plant, windows_of


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("sentinels") / "tree"
    keys = plant(root, 20261207)
    assert len(keys) >= 300
    return root, keys


RUNS = [
    ["--output-format", "text"],
    ["--output-format", "text", "--verbose"],
    ["--output-format", "json", "--verbose"],
    ["--output-format", "sarif"],
    ["--output-format", "github"],
    ["--diff", "--unsafe-fixes"],
]


@pytest.mark.parametrize("extra", RUNS, ids=[" ".join(r) for r in RUNS])
def test_no_sentinel_in_any_output(planted, extra):
    root, keys = planted
    proc = run_cli("check", str(root), *extra, cwd=root)
    output = proc.stdout + proc.stderr
    assert proc.returncode in (1, 2), output[-2000:]
    assert "Traceback" not in output and ("MK001" in output or "--diff" in extra)
    assert leaks(output, windows_of(keys)) == [], f"{len(keys)} sentinels planted"


def test_the_detector_sees_a_run_of_nine(planted):
    _, keys = planted
    windows = windows_of(keys)
    assert leaks(f"x {keys[7][3:12].upper()} y", windows) == [keys[7][3:12].upper()]
    assert leaks(f"{keys[7][:4]}{'*' * 24}{keys[7][-4:]} {keys[7][:8]}", windows) == []


def test_no_sentinel_from_fix_or_bad_flags(planted, tmp_path):
    root, keys = planted
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, symlinks=True)
    windows = windows_of(keys)
    proc = run_cli("check", str(copy), "--fix", "--unsafe-fixes", "--verbose", cwd=copy)
    assert "Traceback" not in proc.stderr
    assert leaks(proc.stdout + proc.stderr, windows) == []
    for flag in ("--select", "--ignore", "--exclude", "--config"):
        proc = run_cli("check", str(root), flag, keys[0], cwd=root)
        assert leaks(proc.stdout + proc.stderr, windows) == [], flag
