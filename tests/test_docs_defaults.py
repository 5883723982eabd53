"""Documented setting defaults come from one source: the extension's package.json, which
tests/test_vscode_settings.py keeps equal to the server's own defaults."""

from __future__ import annotations

import json
import re
from pathlib import Path

from mistral_keyguard.lsp import config

ROOT = Path(__file__).resolve().parent.parent
PROPS = json.loads((ROOT / "vscode-extension" / "package.json").read_text())["contributes"]["configuration"]["properties"]
PREFIX = "mistral-keyguard."


def shown(value) -> str:
    return json.dumps(value) if not isinstance(value, str) else value


def documented_defaults(path: Path, key_column: int, default_column: int) -> dict[str, str]:
    """`key -> default` from a Markdown table's rows whose key and default are both `code`."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) <= max(key_column, default_column):
            continue
        key, default = (re.fullmatch(r"`([^`]*)`", cells[i]) for i in (key_column, default_column))
        if key and default:
            out[key.group(1).removeprefix(PREFIX)] = default.group(1).strip('"')
    return out


def test_server_md_defaults_match_package_json():
    documented = documented_defaults(ROOT / "docs" / "server.md", 0, 2)
    assert documented["debounceMs"] == str(config.DEFAULT_DEBOUNCE_MS)
    for key, default in documented.items():
        if PREFIX + key in PROPS and not isinstance(PROPS[PREFIX + key].get("default"), (list, dict)):
            assert default == shown(PROPS[PREFIX + key]["default"]), key


def test_extension_readme_defaults_match_package_json():
    documented = documented_defaults(ROOT / "vscode-extension" / "README.md", 0, 1)
    assert "debounceMs" in documented
    for key, default in documented.items():
        assert default == shown(PROPS[PREFIX + key]["default"]), key
