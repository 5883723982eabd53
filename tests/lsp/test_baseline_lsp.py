"""The server honours the project's baseline: accepted findings become hints, or disappear."""

from __future__ import annotations

import pytest
from lsprotocol import types

from keyguard_testing import make_key
from mistral_keyguard.cli import main


def python_with_keys(*keys: str) -> str:
    lines = ["from mistralai import Mistral", ""]
    lines += [f'client_{i} = Mistral(api_key="{key}")' for i, key in enumerate(keys)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("mode", ["hint", "hide"])
async def test_baselined_findings_follow_the_setting(start, tmp_path, monkeypatch, capsys, mode):
    old, new = make_key(), make_key()
    root = tmp_path / "proj"
    root.mkdir()
    (root / "app.py").write_text(python_with_keys(old))
    monkeypatch.chdir(root)
    assert main(["check", ".", "--write-baseline", "keyguard-baseline.json"]) == 0
    capsys.readouterr()
    (root / ".mistral-keyguard.toml").write_text(f'baseline = "keyguard-baseline.json"\nbaselined = "{mode}"\n')
    uri = (root / "app.py").as_uri()
    client = await start(root=root, settings={"debounceMs": 0})
    # The accepted key moved down two lines; a new key was added above it.
    client.open(uri, python_with_keys(new, old).replace("\n\n", "\n\n\n\n", 1))
    params = await client.diagnostics_for(uri, 1, predicate=bool)
    by_line = {d.range.start.line: d for d in params.diagnostics}
    assert by_line[4].severity == types.DiagnosticSeverity.Error and "[baselined]" not in by_line[4].message
    if mode == "hint":
        assert by_line[5].severity == types.DiagnosticSeverity.Hint and by_line[5].message.endswith("[baselined]")
    else:
        assert sorted(by_line) == [4]
