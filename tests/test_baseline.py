"""Baselines: accepted findings stay accepted when code moves or is reformatted; new ones show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keyguard_testing import make_key
from mistral_keyguard.cli import main
from mistral_keyguard.settings import load_project_settings

HEADER = "from mistralai import Mistral\n\n"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> tuple[Path, str]:
    key = make_key()
    (tmp_path / "app.py").write_text(HEADER + f'client = Mistral(api_key="{key}")\n')
    (tmp_path / "api.py").write_text(
        "from fastapi import FastAPI\nfrom mistralai import Mistral\n\napp = FastAPI()\nclient = Mistral(api_key='')\n\n\n"
        "@app.post('/ask')\ndef ask(q: str):\n    try:\n"
        "        return client.chat.complete(model='mistral-small-latest', messages=[])\n"
        "    except Exception as exc:\n        return {'error': str(exc)}\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path, key


def write_baseline(capsys) -> str:
    code, _, err = run(capsys, "check", ".", "--write-baseline", "baseline.json")
    assert code == 0 and "Wrote 2 findings to baseline.json" in err
    return Path("baseline.json").read_text()


def new_findings(capsys, *extra) -> tuple[int, list[dict]]:
    code, out, _ = run(capsys, "check", ".", "--baseline", "baseline.json", "--output-format", "json", *extra)
    return code, json.loads(out)["findings"]


def test_written_baseline_holds_hashes_not_keys(project, capsys):
    root, key = project
    text = write_baseline(capsys)
    assert key not in text and key[:8] not in text
    rows = json.loads(text)["findings"]
    assert sorted(r["code"] for r in rows) == ["MK001", "MK006"]
    assert {r["path"] for r in rows} == {"app.py", "api.py"}


def test_baseline_hides_accepted_findings(project, capsys):
    write_baseline(capsys)
    code, findings = new_findings(capsys)
    assert code == 0 and findings == []
    code, out, _ = run(capsys, "check", ".", "--baseline", "baseline.json")
    assert "No Mistral key leaks found in 3 files. (2 baselined findings not shown)" in out


def test_moved_lines_stay_baselined(project, capsys):
    root, key = project
    write_baseline(capsys)
    (root / "app.py").write_text(HEADER + "import os\n\n\n# set up the client\n" + f'client = Mistral(api_key="{key}")\n')
    assert new_findings(capsys) == (0, [])


def test_reformatted_code_stays_baselined(project, capsys):
    root, key = project
    write_baseline(capsys)
    (root / "app.py").write_text(HEADER + f'client = Mistral(\n    api_key="{key}",\n)\n')
    api = (root / "api.py").read_text().replace("return {'error': str(exc)}", "return {\n            'error': str( exc ),\n        }")
    (root / "api.py").write_text(api)
    code, findings = new_findings(capsys)
    assert run(capsys, "check", ".", "-q")[0] == 1  # both still found without the baseline
    assert (code, findings) == (0, [])


def test_new_copy_of_the_same_key_is_new(project, capsys):
    root, key = project
    write_baseline(capsys)
    (root / "other.py").write_text(HEADER + f'backup = Mistral(api_key="{key}")\n')
    (root / "app.py").write_text((root / "app.py").read_text() + f'second = Mistral(api_key="{key}")\n')
    code, findings = new_findings(capsys)
    assert code == 1
    assert sorted((f["path"], f["line"]) for f in findings) == [("app.py", 4), ("other.py", 3)]


def test_a_different_key_on_the_same_line_is_new(project, capsys):
    root, key = project
    write_baseline(capsys)
    (root / "app.py").write_text(HEADER + f'client = Mistral(api_key="{make_key()}")\n')
    code, findings = new_findings(capsys)
    assert code == 1 and [f["code"] for f in findings] == ["MK001"]


def test_baseline_works_from_another_directory(project, capsys, monkeypatch):
    root, _ = project
    write_baseline(capsys)
    monkeypatch.chdir(root.parent)
    code, out, _ = run(capsys, "check", root.name, "--baseline", f"{root.name}/baseline.json", "-q")
    assert code == 0, out


def test_project_settings_name_the_baseline(project, capsys):
    root, _ = project
    write_baseline(capsys)
    (root / ".mistral-keyguard.toml").write_text('baseline = "baseline.json"\nbaselined = "hide"\n')
    settings, warnings, _ = load_project_settings(root)
    assert warnings == [] and settings.baseline == str(root / "baseline.json") and settings.baselined == "hide"
    assert run(capsys, "check", ".")[0] == 0


def test_missing_or_broken_baseline_is_a_usage_error(project, capsys):
    root, _ = project
    code, _, err = run(capsys, "check", ".", "--baseline", "nope.json")
    assert code == 2 and "--write-baseline" in err
    (root / "bad.json").write_text("{")
    code, _, err = run(capsys, "check", ".", "--baseline", "bad.json")
    assert code == 2 and err.count("\n") == 1
