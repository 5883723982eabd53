"""The VS Code extension's contributed settings cannot drift from the server and the catalogue."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mistral_keyguard.catalogue import RULES
from mistral_keyguard.lsp import config

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "vscode-extension"
PACKAGE = json.loads((EXTENSION / "package.json").read_text())
PROPS = PACKAGE["contributes"]["configuration"]["properties"]
PREFIX = "mistral-keyguard."
CLIENT_ONLY = {"path", "interpreter", "trace.server"}


def _server_keys() -> dict:
    return {k[len(PREFIX):]: v for k, v in PROPS.items() if k[len(PREFIX):] not in CLIENT_ONLY}


def test_generated_parts_are_current():
    proc = subprocess.run([sys.executable, str(EXTENSION / "scripts" / "sync_catalogue.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_rule_enums_match_the_catalogue():
    for key in ("select", "ignore"):
        assert PROPS[PREFIX + key]["items"]["enum"] == ["ALL", *RULES]
    severity = PROPS[PREFIX + "severity"]["properties"]
    assert list(severity) == list(RULES)
    for code, rule in RULES.items():
        assert severity[code]["default"] == rule.severity.value
        assert rule.name in severity[code]["description"]
    docs = json.loads((EXTENSION / "src" / "rules.json").read_text())
    assert [r["code"] for r in docs] == list(RULES)


def test_every_server_setting_is_contributed():
    wanted = {"enable", "run", "debounceMs", "select", "ignore", "severity", "exclude", "scanWorkspace", "logLevel"}
    assert wanted <= set(_server_keys())
    assert PREFIX + "trace.server" in PROPS


def test_contributed_defaults_are_accepted_by_the_server_without_warnings():
    defaults = {key: spec["default"] for key, spec in _server_keys().items()}
    parsed, warnings = config.parse_settings(defaults)
    assert warnings == []
    assert parsed.run == PROPS[PREFIX + "run"]["default"]
    assert parsed.debounce_ms == config.DEFAULT_DEBOUNCE_MS == PROPS[PREFIX + "debounceMs"]["default"]


def test_enums_match_what_the_server_accepts():
    assert tuple(PROPS[PREFIX + "run"]["enum"]) == config.RUN_MODES
    assert tuple(PROPS[PREFIX + "logLevel"]["enum"]) == config.LOG_LEVELS
    for value in PROPS[PREFIX + "run"]["enum"]:
        assert config.parse_settings({"run": value})[1] == []
    for value in PROPS[PREFIX + "logLevel"]["enum"]:
        assert config.parse_settings({"logLevel": value})[1] == []


def test_activation_covers_every_language_the_server_reads():
    from mistral_keyguard.languages import LANGUAGE_IDS

    events = set(PACKAGE["activationEvents"])
    for language_id in LANGUAGE_IDS:
        assert f"onLanguage:{language_id}" in events
    selector = (EXTENSION / "src" / "extension.ts").read_text()
    for language_id in LANGUAGE_IDS:
        assert f'"{language_id}"' in selector


def test_package_is_publishable():
    assert PACKAGE["engines"]["vscode"] == "^1.100.0"
    assert PACKAGE["devDependencies"]["@types/vscode"].lstrip("~^").startswith("1.100.")
    for name in ("README.md", "CHANGELOG.md", "LICENSE", PACKAGE["icon"]):
        assert (EXTENSION / name).is_file(), name
    lock = json.loads((EXTENSION / "package-lock.json").read_text())
    assert lock["packages"][""]["devDependencies"] == PACKAGE["devDependencies"]
