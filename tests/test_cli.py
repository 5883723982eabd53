"""The command line: exit codes, output formats, file selection and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from keyguard_testing import make_key
from mistral_keyguard.catalogue import RULES
from mistral_keyguard.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, str]:
    key = make_key()
    (tmp_path / "app.py").write_text(f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n')
    (tmp_path / "clean.py").write_text('import os\nkey = os.environ["MISTRAL_API_KEY"]\n')
    return tmp_path, key


def test_clean_tree_exits_zero(tmp_path, capsys):
    (tmp_path / "a.py").write_text("print('hello')\n")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 0
    assert "No Mistral key leaks found in 1 file." in out


def test_findings_exit_one_with_masked_frame(project, capsys):
    root, key = project
    code, out, _ = run(capsys, "check", str(root))
    assert code == 1
    assert "app.py:2:" in out and "MK001" in out
    assert key not in out
    assert key[:4] in out and key[-4:] in out
    assert "Found 1 problem (1 error) in 2 files." in out


def test_exit_zero_and_quiet(project, capsys):
    root, _ = project
    code, out, _ = run(capsys, "check", str(root), "--exit-zero", "--quiet")
    assert code == 0
    assert out.count("\n") == 1 and "MK001" in out


def test_select_and_ignore(project, capsys):
    root, _ = project
    assert run(capsys, "check", str(root), "--ignore", "MK001")[0] == 0
    assert run(capsys, "check", str(root), "--select", "MK002,MK003")[0] == 0
    assert run(capsys, "check", str(root), "--select", "MK001")[0] == 1


def test_unknown_code_is_a_usage_error(project, capsys):
    root, _ = project
    code, out, err = run(capsys, "check", str(root), "--select", "MK999")
    assert code == 2 and "MK999" in err and err.count("\n") == 1


def test_missing_path_is_exit_two(tmp_path, capsys):
    code, _, err = run(capsys, "check", str(tmp_path / "nope"))
    assert code == 2
    assert "no such file or directory" in err


def test_json_schema(project, capsys):
    root, key = project
    code, out, _ = run(capsys, "check", str(root), "--output-format", "json")
    assert code == 1
    doc = json.loads(out)
    assert doc["schema_version"] == 1
    [finding] = doc["findings"]
    for field in ("code", "name", "severity", "path", "line", "column", "end_line", "end_column",
                  "message", "fingerprint", "fixable"):
        assert field in finding
    assert finding["code"] == "MK001" and finding["name"] == "hardcoded-key"
    assert finding["line"] == 2 and finding["column"] == len('client = Mistral(api_key="') + 1
    assert finding["end_column"] - finding["column"] == 32
    assert key not in out


def test_sarif_shape(project, capsys):
    root, key = project
    code, out, _ = run(capsys, "check", str(root), "--output-format", "sarif")
    doc = json.loads(out)
    assert doc["version"] == "2.1.0"
    run_ = doc["runs"][0]
    assert [r["id"] for r in run_["tool"]["driver"]["rules"]] == list(RULES)
    [result] = run_["results"]
    assert result["ruleId"] == "MK001"
    assert result["partialFingerprints"]["mistralKeyguard/v1"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 2 and region["startColumn"] >= 1
    assert key not in out


def test_github_annotations(project, capsys):
    root, key = project
    code, out, _ = run(capsys, "check", str(root), "--output-format", "github")
    assert code == 1
    assert out.startswith("::error file=") and ",line=2," in out and "MK001" in out
    assert key not in out


def test_fingerprint_is_stable_when_lines_move(tmp_path, capsys):
    key = make_key()
    target = tmp_path / "a.py"
    target.write_text(f'from mistralai import Mistral\nc = Mistral(api_key="{key}")\n')
    first = json.loads(run(capsys, "check", str(tmp_path), "--output-format", "json")[1])
    target.write_text(f'from mistralai import Mistral\n\n\nc = Mistral(api_key="{key}")\n')
    second = json.loads(run(capsys, "check", str(tmp_path), "--output-format", "json")[1])
    assert first["findings"][0]["fingerprint"] == second["findings"][0]["fingerprint"]
    assert key not in first["findings"][0]["fingerprint"]


def test_gitignore_and_exclude_are_respected(tmp_path, capsys):
    key = make_key()
    leak = f'MISTRAL_API_KEY = "{key}"\n'
    (tmp_path / ".gitignore").write_text("build/\n")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "gen.py").write_text(leak)
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "lib.py").write_text(leak)
    (tmp_path / "src.py").write_text(leak)
    doc = json.loads(run(capsys, "check", str(tmp_path), "--exclude", "vendor/", "--output-format", "json")[1])
    assert [Path(f["path"]).name for f in doc["findings"]] == ["src.py"]


def test_bad_input_gives_notes_not_crashes(tmp_path, capsys):
    key = make_key()
    (tmp_path / "binary.py").write_bytes(b"\0\1\2MISTRAL" + key.encode())
    (tmp_path / "latin1.py").write_bytes(b'MISTRAL_API_KEY = "caf\xe9"\n')
    (tmp_path / "big.py").write_text(f'MISTRAL_API_KEY = "{key}"\n' + "# pad\n" * 5000)
    (tmp_path / "broken.py").write_text(f'MISTRAL_API_KEY = "{key}"\ndef (:\n')
    code, out, _ = run(capsys, "check", str(tmp_path), "--max-file-size", "10000")
    assert code == 1  # the broken file still reports its key
    assert "broken.py:1:" in out
    assert "latin1.py: skipped, not valid UTF-8" in out
    assert "big.py: skipped" in out and "max-file-size" in out
    assert "binary.py" not in out
    assert key not in out


def test_symlinks_out_of_the_tree_are_not_followed(tmp_path, capsys):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.py").write_text(f'MISTRAL_API_KEY = "{make_key()}"\n')
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "link.py").symlink_to(outside / "secret.py")
    (tree / "linkdir").symlink_to(outside, target_is_directory=True)
    code, out, _ = run(capsys, "check", str(tree))
    assert code == 0, out


def test_project_settings_file_and_flags_win(tmp_path, capsys):
    key = make_key()
    (tmp_path / "a.py").write_text(f'MISTRAL_API_KEY = "{key}"\n')
    (tmp_path / ".mistral-keyguard.toml").write_text('ignore = ["MK001"]\n')
    assert run(capsys, "check", str(tmp_path))[0] == 0
    assert run(capsys, "check", str(tmp_path), "--select", "MK001", "--ignore", "MK002")[0] == 1
    (tmp_path / ".mistral-keyguard.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[tool.mistral-keyguard]\nexclude = ["a.py"]\n')
    assert run(capsys, "check", str(tmp_path))[0] == 0


def test_rule_command(capsys):
    code, out, _ = run(capsys, "rule", "MK001")
    assert code == 0 and "hardcoded-key" in out and "console.mistral.ai/api-keys" in out
    code, out, _ = run(capsys, "rule", "--all")
    assert code == 0 and all(c in out for c in RULES)
    code, _, err = run(capsys, "rule", "MK999")
    assert code == 2 and "unknown rule" in err


def test_module_entry_point(project):
    root, key = project
    proc = subprocess.run([sys.executable, "-m", "mistral_keyguard", "check", str(root), "--quiet"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "MK001" in proc.stdout and key not in proc.stdout + proc.stderr


def test_parallel_scan_matches_serial(tmp_path, capsys):
    keys = [make_key() for _ in range(5)]
    for i in range(260):
        body = f'MISTRAL_API_KEY = "{keys[i % 5]}"\n' if i % 50 == 0 else "x = 1\n"
        (tmp_path / f"m{i:03}.py").write_text(body)
    serial = json.loads(run(capsys, "check", str(tmp_path), "--jobs", "1", "--output-format", "json")[1])
    parallel = json.loads(run(capsys, "check", str(tmp_path), "--jobs", "2", "--output-format", "json")[1])
    assert serial["findings"] == parallel["findings"]
    assert len(serial["findings"]) == 6
