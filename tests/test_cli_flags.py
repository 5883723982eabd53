"""`check` flags a new user meets: fixes, --fail-on, plain usage errors, and a --help that explains."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from keyguard_testing import make_key
from mistral_keyguard.cli import build_parser, main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fixable(tmp_path: Path, monkeypatch) -> Path:
    """One safe fix (the literal read from the environment) in one file."""
    (tmp_path / "app.py").write_text(
        f'from mistralai import Mistral\n\nclient = Mistral(api_key="{make_key()}")\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def warning_only(tmp_path: Path) -> Path:
    """An MK006 finding (a warning): the error text of a Mistral call returned to the user."""
    (tmp_path / "api.py").write_text(
        "from fastapi import FastAPI\nfrom mistralai import Mistral\n\napp = FastAPI()\nclient = Mistral(api_key='')\n\n\n"
        "@app.post('/ask')\ndef ask(q: str):\n    try:\n"
        "        return client.chat.complete(model='mistral-small-latest', messages=[])\n"
        "    except Exception as exc:\n        return {'error': str(exc)}\n")
    return tmp_path


def test_unsafe_fixes_alone_is_a_usage_error(fixable, capsys):
    code, out, err = run(capsys, "check", ".", "--unsafe-fixes")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--unsafe-fixes only applies with --fix or --diff" in err


def test_diff_exits_one_when_it_would_change_something(fixable, capsys):
    before = (fixable / "app.py").read_text()
    code, out, err = run(capsys, "check", ".", "--diff")
    assert code == 1 and "+++ b/app.py" in out and "1 fix would be applied" in err
    assert (fixable / "app.py").read_text() == before
    assert run(capsys, "check", ".", "--fix")[0] == 0
    code, out, err = run(capsys, "check", ".", "--diff")
    assert code == 0 and out == "" and "0 fixes would be applied" in err


def test_fix_summary_uses_plurals(fixable, capsys):
    code, _, err = run(capsys, "check", ".", "--fix")
    assert code == 0
    assert "Applied 1 fix in 1 file." in err and "(es)" not in err and "(s)" not in err


def test_summary_counts_fixable_findings(fixable, capsys):
    code, out, _ = run(capsys, "check", ".")
    assert code == 1
    assert "Found 1 problem (1 error) in 1 file.\n1 fixable with --fix; preview with --diff." in out


def test_summary_counts_findings_only_unsafe_fixes_resolve(tmp_path, capsys):
    (tmp_path / "package.json").write_text('{"dependencies": {"react": "18", "vite": "5"}}')
    (tmp_path / "App.jsx").write_text(
        'import { Mistral } from "@mistralai/mistralai";\n'
        'export const client = new Mistral({ apiKey: localStorage.getItem("k") });\n')
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1 and "MK002" in out
    assert "0 fixable with --fix (1 more with --unsafe-fixes)" in out


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_unknown_rule_code_is_a_plain_error(fixable, capsys, flag):
    code, out, err = run(capsys, "check", ".", flag, "MK999")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "MK999" in err and "default" not in err


def test_fail_on_sets_the_lowest_failing_severity(warning_only, capsys):
    code, out, _ = run(capsys, "check", str(warning_only))
    assert code == 1 and "MK006" in out and "1 warning" in out
    assert run(capsys, "check", str(warning_only), "--fail-on", "warning")[0] == 1
    assert run(capsys, "check", str(warning_only), "--fail-on", "error")[0] == 0


def test_fail_on_error_still_fails_on_an_error(fixable, capsys):
    assert run(capsys, "check", ".", "--fail-on", "error")[0] == 1


def test_every_check_option_is_described_with_an_example():
    parser = build_parser()
    [subparsers] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    check = subparsers.choices["check"]
    for action in check._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        name = action.option_strings[0] if action.option_strings else action.dest
        assert action.help, f"{name} has no description"
        takes_value = action.nargs != 0
        if takes_value:
            assert "e.g." in action.help, f"{name} shows no example value"


def test_check_does_not_import_the_language_server(tmp_path):
    probe = ("import sys; from mistral_keyguard.cli import main; main(['check', sys.argv[1], '-q']); "
             "print(sorted(m for m in sys.modules if m.startswith(('pygls', 'lsprotocol', 'mistral_keyguard.lsp'))))")
    (tmp_path / "a.py").write_text("x = 1\n")
    proc = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stderr


def test_progress_bar_draws_after_its_delay_and_clears():
    import io

    from mistral_keyguard.output.progress import ProgressBar

    stream = io.StringIO()
    quick = ProgressBar("check", "files", stream)
    quick(1, 10)
    assert stream.getvalue() == ""  # a short scan stays quiet
    slow = ProgressBar("check", "files", stream)
    slow.DELAY = 0
    slow(5, 10)
    slow(10, 10)
    assert "check: [###############...............]  50% 5/10 files" in stream.getvalue()
    assert stream.getvalue().rstrip("\r\x1b[K").endswith("100% 10/10 files")
    slow.clear()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_scan_paths_reports_progress(tmp_path):
    from mistral_keyguard.runner import scan_paths
    from mistral_keyguard.settings import Settings

    for i in range(3):
        (tmp_path / f"m{i}.py").write_text("x = 1\n")
    calls = []
    scan_paths([tmp_path], Settings(), jobs=1, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
