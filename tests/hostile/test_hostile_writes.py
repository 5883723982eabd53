"""`--fix` writes (issue 12, writes): atomic with the mode kept, never through a link, never out
of the scanned folders, never over a file that changed or appeared after the fix was computed."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from mistral_keyguard import fix_writer
from mistral_keyguard.settings import Settings


def _project(root: Path, key: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / ".gitignore").write_text(".env\n")
    (root / "requirements.txt").write_text("mistralai\n")
    (root / "app.py").write_text(
        "from mistralai import Mistral\n" + "# padding\n" * 2000 + f'client = Mistral(api_key="{key}")\n')
    return root


def _leftovers(root: Path) -> list[str]:
    return [p.name for p in root.rglob("*keyguard-tmp*")]


def test_a_failed_write_leaves_the_file_whole(tmp_path, key, monkeypatch):
    root = _project(tmp_path / "p", key)
    before = (root / "app.py").read_bytes()
    run = fix_writer.fix_paths([root], Settings())
    assert run.fixes_applied

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fix_writer.os, "replace", disk_full)
    assert fix_writer.write(run) == []
    assert (root / "app.py").read_bytes() == before
    assert any("write failed (No space left on device)" in r for r in run.refused)
    assert _leftovers(root) == []


def test_the_mode_is_kept(tmp_path, key):
    root = _project(tmp_path / "p", key)
    (root / "app.py").chmod(0o751)
    run = fix_writer.fix_paths([root], Settings())
    assert fix_writer.write(run) == [root / "app.py"]
    assert (root / "app.py").stat().st_mode & 0o777 == 0o751
    assert "os.environ" in (root / "app.py").read_text()
    assert _leftovers(root) == []


def test_a_symlinked_env_out_of_the_tree_is_not_written(tmp_path, key):
    root = _project(tmp_path / "p", key)
    outside = tmp_path / "outside.env"
    outside.write_text("OTHER=1\n")
    os.symlink(outside, root / ".env")
    run = fix_writer.fix_paths([root], Settings(), unsafe=True)
    written = fix_writer.write(run)
    assert outside.read_text() == "OTHER=1\n"
    assert (root / ".env").is_symlink()
    assert any(".env: not written, it is a symbolic link" in r for r in run.refused), run.refused
    assert root / ".env" not in written


def test_a_symlinked_source_file_is_not_written_through(tmp_path, key):
    root = _project(tmp_path / "p", key)
    real = root / "real.py"
    (root / "app.py").rename(real)
    os.symlink(real, root / "app.py")
    before = real.read_bytes()
    run = fix_writer.fix_paths([root], Settings())
    fix_writer.write(run)
    assert (root / "app.py").is_symlink()
    # the walk scans the real file once (the link points inside); the link itself is never written
    assert real.read_bytes() != before or any("symbolic link" in r for r in run.refused)


def test_a_target_outside_the_scanned_folders_is_refused(tmp_path, key):
    run = fix_writer.FixRun(roots=[tmp_path / "inside"])
    (tmp_path / "inside").mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n")
    run.overlay.write(victim, b"overwritten\n")
    run.overlay.write(tmp_path / "inside" / ".." / "victim2.txt", b"x\n")
    assert fix_writer.write(run) == []
    assert victim.read_text() == "keep\n" and not (tmp_path / "victim2.txt").exists()
    assert all("outside the scanned folders" in r for r in run.refused) and len(run.refused) == 2


def test_a_file_that_appeared_after_the_fix_is_not_overwritten(tmp_path, key):
    root = _project(tmp_path / "p", key)
    (root / ".gitignore").write_text("")
    run = fix_writer.fix_paths([root], Settings(), unsafe=True)
    assert root / ".env" in run.overlay.changed, "the unsafe fix creates .env"
    (root / ".env").write_text("MINE=1\n")
    fix_writer.write(run)
    assert (root / ".env").read_text() == "MINE=1\n"
    assert any(".env: not written, it appeared after the fix was computed" in r for r in run.refused)


def test_a_file_that_changed_after_the_fix_is_not_overwritten(tmp_path, key):
    root = _project(tmp_path / "p", key)
    run = fix_writer.fix_paths([root], Settings())
    (root / "app.py").write_text("# rewritten meanwhile\n")
    assert fix_writer.write(run) == []
    assert (root / "app.py").read_text() == "# rewritten meanwhile\n"
    assert any("changed on disk after the fix was computed" in r for r in run.refused)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_target_is_neither_read_nor_written(tmp_path, key):
    root = _project(tmp_path / "p", key)
    os.mkfifo(root / ".env")
    run = fix_writer.fix_paths([root], Settings(), unsafe=True)
    fix_writer.write(run)
    assert (root / ".env").is_fifo()
