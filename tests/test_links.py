"""Every link the tool shows points at something that exists: no invented web address."""

from __future__ import annotations

import json
import subprocess
from urllib.parse import urlparse
from urllib.request import url2pathname
from pathlib import Path

from keyguard_testing import ROOT, make_key
from mistral_keyguard.catalogue import RULES
from mistral_keyguard.cli import main

# The address the project once linked to: no such organisation or repository exists.
INVENTED = "github.com/mistral-keyguard"


def tracked_files() -> list[Path]:
    if (ROOT / ".git").exists():
        names = subprocess.run(["git", "-c", "core.fsmonitor=", "ls-files", "-z"], cwd=ROOT,
                               capture_output=True, check=True).stdout.decode().split("\0")
        return [ROOT / n for n in names if n and (ROOT / n).is_file()]
    return [p for p in ROOT.rglob("*") if p.is_file() and ".venv" not in p.parts and "node_modules" not in p.parts]


def test_no_shipped_file_names_the_invented_address():
    this = Path(__file__).resolve()
    offenders = [p.relative_to(ROOT).as_posix() for p in tracked_files()
                 if p.resolve() != this and INVENTED.encode() in p.read_bytes()]
    assert offenders == []


def test_package_json_has_no_invented_fields():
    package = json.loads((ROOT / "vscode-extension" / "package.json").read_text())
    assert not {"repository", "homepage", "bugs"} & set(package)


def test_rule_links_open_the_installed_documentation():
    for rule in RULES.values():
        parsed = urlparse(rule.docs_url)
        assert parsed.scheme == "file"
        page = Path(url2pathname(parsed.path)).read_text(encoding="utf-8")
        assert page.startswith(f"# {rule.code} {rule.name}") and rule.documentation.strip()[:40] in page


def test_rule_command_docs_line_is_a_file_that_exists(capsys):
    assert main(["rule", "MK003"]) == 0
    [docs] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Docs: ")]
    assert Path(url2pathname(urlparse(docs[len("Docs: "):]).path)).is_file()


def test_sarif_rules_carry_their_documentation_inline(tmp_path, capsys):
    (tmp_path / "a.py").write_text(f'MISTRAL_API_KEY = "{make_key()}"\n')
    main(["check", str(tmp_path), "--output-format", "sarif"])
    doc = json.loads(capsys.readouterr().out)
    driver = doc["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver
    for descriptor in driver["rules"]:
        assert "helpUri" not in descriptor
        assert descriptor["help"]["markdown"].startswith(f"# {descriptor['id']} ")
