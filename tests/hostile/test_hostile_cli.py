"""The CLI on hostile trees and settings: no traceback, the right exit code, no key echoed
(issue 12: crashes, wrong answers, key echoes)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from hostile_support import assert_no_traceback, run_cli, unprivileged
from mistral_keyguard import cli


def _mistral_py(key: str) -> str:
    return f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n'


def test_an_internal_error_is_one_line_and_exit_2(tmp_path, key, monkeypatch, capsys):
    import mistral_keyguard.runner as runner

    def explode(*args, **kwargs):
        raise RuntimeError(f"boom near {key}")

    monkeypatch.setattr(runner, "scan_paths", explode)
    monkeypatch.delenv("MISTRAL_KEYGUARD_DEBUG", raising=False)
    (tmp_path / "app.py").write_text("x = 1\n")  # an empty folder never loads the runner
    assert cli.main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError" in err
    assert key not in err and key[4:-4] not in err


def test_bad_gitignore_patterns_are_skipped_not_fatal(tmp_path, key):
    (tmp_path / ".gitignore").write_text("[z-a]\nignored.py\n!\n")
    (tmp_path / "ignored.py").write_text(_mistral_py(key))
    (tmp_path / "app.py").write_text(_mistral_py(key))
    proc = run_cli("check", str(tmp_path), "--output-format", "json")
    assert_no_traceback(proc)
    report = json.loads(proc.stdout)
    assert [f["path"].rsplit("/", 1)[-1] for f in report["findings"]] == ["app.py"]


def test_an_invalid_exclude_pattern_is_a_note(tmp_path, key):
    (tmp_path / "app.py").write_text(_mistral_py(key))
    proc = run_cli("check", str(tmp_path), "--exclude", "!", "--exclude", "[z-a]")
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert "exclude pattern '!' is not a valid gitignore pattern" in proc.stdout


def test_a_pyproject_whose_tool_is_a_string(tmp_path):
    (tmp_path / "pyproject.toml").write_text('tool = "x"\n')
    (tmp_path / "app.py").write_text("x = 1\n")
    proc = run_cli("check", str(tmp_path))
    assert_no_traceback(proc)
    assert proc.returncode == 0


@pytest.mark.skipif(sys.platform == "darwin", reason="APFS refuses names that are not UTF-8")
def test_a_file_name_that_is_not_utf8(tmp_path, key):
    (tmp_path / os.fsdecode(b"bad-\xff-name.py")).write_text(_mistral_py(key))
    for fmt in ("text", "json", "sarif", "github"):
        proc = run_cli("check", str(tmp_path), "--output-format", fmt)
        assert_no_traceback(proc)
        assert proc.returncode == 1, (fmt, proc.stderr)
        assert "bad-\ufffd-name.py" in proc.stdout or "bad-\\ufffd-name.py" in proc.stdout, fmt


def test_config_flag_is_honoured(tmp_path, key):
    (tmp_path / "app.py").write_text(_mistral_py(key))
    other = tmp_path / "other.toml"
    other.write_text('ignore = ["MK001"]\n')
    assert run_cli("check", str(tmp_path)).returncode == 1
    proc = run_cli("check", str(tmp_path), "--config", str(other))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    table = tmp_path / "elsewhere" / "pyproject.toml"
    table.parent.mkdir()
    table.write_text('[tool.mistral-keyguard]\nignore = ["MK001"]\n')
    assert run_cli("check", str(tmp_path), "--config", str(table)).returncode == 0


def _no_piece_of(key: str, text: str) -> None:
    assert key not in text
    folded = text.lower()
    for i in range(len(key) - 8):
        assert key[i:i + 9].lower() not in folded, "a run of 9 characters of the key was shown"


def test_settings_errors_never_echo_a_key(tmp_path, key):
    (tmp_path / "app.py").write_text("x = 1\n")
    (tmp_path / ".mistral-keyguard.toml").write_text(
        f'severity = {{MK001 = "{key}"}}\nselect = ["{key}"]\n"{key}" = 1\n')
    for fmt in ("text", "json", "sarif", "github"):
        proc = run_cli("check", str(tmp_path), "--output-format", fmt)
        assert_no_traceback(proc)
        assert "severity of MK001" in proc.stdout + proc.stderr
        _no_piece_of(key, proc.stdout + proc.stderr)
    for flag in ("--select", "--ignore"):
        proc = run_cli("check", str(tmp_path), flag, key)
        assert proc.returncode == 2
        _no_piece_of(key, proc.stdout + proc.stderr)


def test_an_unreadable_file_is_a_note_and_exit_2(tmp_path, key, monkeypatch, capsys):
    from mistral_keyguard import files

    (tmp_path / "locked.py").write_text(_mistral_py(key))
    (tmp_path / "fine.py").write_text("x = 1\n")
    real = files.read_regular

    def denied(path, limit):
        if Path(path).name == "locked.py":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, limit)

    monkeypatch.setattr(files, "read_regular", denied)
    assert cli.main(["check", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert "locked.py: cannot read (Permission denied)" in out
    assert "No Mistral key leaks found" not in out


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permission bits")
def test_unreadable_file_and_folder_for_real(tmp_path, key):
    prefix = unprivileged(tmp_path)
    if prefix is None:
        pytest.skip("root, and no way here to drop its power to read every file (setpriv, runuser)")
    (tmp_path / "locked.py").write_text(_mistral_py(key))
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "app.py").write_text(_mistral_py(key))
    (tmp_path / "locked.py").chmod(0)
    (tmp_path / "closed").chmod(0)
    try:
        for args, unread in (([str(tmp_path)], "locked.py"), ([str(tmp_path / "closed")], "closed")):
            proc = run_cli("check", *args, prefix=prefix)
            assert_no_traceback(proc)
            assert proc.returncode == 2 and "cannot read" in proc.stdout, proc.stdout
            assert unread in proc.stdout and "No Mistral key leaks found" not in proc.stdout
    finally:
        (tmp_path / "closed").chmod(0o755)
        (tmp_path / "locked.py").chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_never_blocks(tmp_path, key):
    (tmp_path / "app.py").write_text(_mistral_py(key))
    os.mkfifo(tmp_path / ".env")
    os.mkfifo(tmp_path / "pipe.py")
    proc = run_cli("check", str(tmp_path), timeout=120)
    assert proc.returncode == 1 and "app.py" in proc.stdout
    proc = run_cli("check", str(tmp_path / "pipe.py"), timeout=120)
    assert proc.returncode == 0 and "pipe.py: skipped, not a regular file" in proc.stdout
    proc = run_cli("check", str(tmp_path), "--fix", "--unsafe-fixes", timeout=120)
    assert_no_traceback(proc)
    assert (tmp_path / ".env").is_fifo()


def test_utf16_and_bom_files_are_read(tmp_path, key):
    (tmp_path / "settings.json").write_bytes(('{"mistral_api_key": "' + key + '"}\n').encode("utf-16"))
    (tmp_path / ".env.production").write_bytes(f"\ufeffVITE_MISTRAL_API_KEY={key}\n".encode())
    proc = run_cli("check", str(tmp_path), "--output-format", "json")
    found = sorted((f["path"].rsplit("/", 1)[-1], f["code"], f["line"]) for f in json.loads(proc.stdout)["findings"])
    assert {(".env.production", "MK003", 1), ("settings.json", "MK007", 1)} <= set(found), proc.stderr
    proc = run_cli("check", str(tmp_path), "--fix", "--unsafe-fixes")
    assert_no_traceback(proc)
    assert "settings.json: not fixed, fixes are applied to UTF-8 files only" in proc.stderr
    assert (tmp_path / "settings.json").read_bytes().startswith(b"\xff\xfe")


def test_diff_masks_a_key_written_in_short_pieces(tmp_path, key):
    pieces = [key[i:i + 7] for i in range(0, 32, 7)]
    (tmp_path / "app.py").write_text(
        'from mistralai import Mistral\nclient = Mistral(api_key="' + '" "'.join(pieces) + '")\n')
    proc = run_cli("check", str(tmp_path), "--diff", "--unsafe-fixes", cwd=tmp_path)
    assert proc.returncode == 1 and "-client = Mistral(api_key=" in proc.stdout
    for piece in pieces:
        assert f'"{piece}"' not in proc.stdout
