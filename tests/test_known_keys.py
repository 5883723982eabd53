"""Known keys everywhere: the hash-only second pass, alone and through the runner."""

from __future__ import annotations

import json
from pathlib import Path

from keyguard_testing import make_key
from mistral_keyguard import keyshape
from mistral_keyguard.engine import ProjectContext, scan
from mistral_keyguard.known_keys import known_hashes, known_key_findings
from mistral_keyguard.runner import scan_paths
from mistral_keyguard.settings import Settings


def test_copy_in_a_bundle_is_mk001_and_elsewhere_mk007():
    key = make_key()
    known = {keyshape.key_hash(key): "app.py"}
    bundle = f'!function(){{var e="{key}";fetch(u,{{headers:{{a:e}}}})}}();\n'.encode()
    found = known_key_findings("dist/assets/index-3f2a.js", bundle, "javascript", known)
    assert [(f.code, f.line) for f in found] == [("MK001", 0)]
    assert found[0].secret_hash == keyshape.key_hash(key)
    assert "app.py" in found[0].message and key not in found[0].message
    readme = f"# Setup\n\nOld key (revoked): {key}\n".encode()
    found = known_key_findings("README.md", readme, None, known)
    assert [(f.code, f.line) for f in found] == [("MK007", 2)]
    # A bundle the first pass gave no language still counts as code by its extension.
    assert known_key_findings("dist/app.js.map", bundle, None, set(known))[0].code == "MK001"


def test_unknown_tokens_and_covered_copies_give_nothing():
    key, other = make_key(), make_key()
    known = {keyshape.key_hash(key): "app.py"}
    data = f'MISTRAL_API_KEY = "{key}"\nOTHER = "{other}"\n'.encode()
    first = scan("settings.py", data).findings
    assert [f.code for f in first] == ["MK001"]
    assert known_key_findings("settings.py", data, "python", known, first) == []
    assert len(known_key_findings("settings.py", data, "python", known, [])) == 1
    assert known_key_findings("settings.py", data, "python", {}, []) == []


def test_suppressed_line_and_ignored_env_file_give_nothing():
    key = make_key()
    known = {keyshape.key_hash(key)}
    data = f'x = "{key}"  # mistral-keyguard: ignore[MK001]\n'.encode()
    assert known_key_findings("tools/x.py", data, "python", known) == []
    env = f"MISTRAL_API_KEY={key}\n".encode()
    ignored = ProjectContext(git_ignored=True)
    assert known_key_findings(".env", env, "dotenv", known, project=ignored) == []
    tracked = ProjectContext(git_ignored=False, git_tracked=True)
    assert [f.code for f in known_key_findings(".env", env, "dotenv", known, project=tracked)] == ["MK007"]


def test_disabled_rule_gives_nothing():
    key = make_key()
    settings = Settings(ignore=frozenset({"MK007"}))
    assert known_key_findings("notes.txt", key.encode(), None, {keyshape.key_hash(key)}, settings=settings) == []


def test_known_hashes_only_from_findings_that_identify_a_key():
    key = make_key()
    findings = scan("a.py", f'MISTRAL_API_KEY = "{key}"\n').findings
    assert known_hashes(findings) == {keyshape.key_hash(key): "a.py"}


def test_runner_reports_every_copy_once(tmp_path: Path):
    key = make_key()
    project = tmp_path / "chat"
    (project / "dist" / "assets").mkdir(parents=True)
    (project / ".gitignore").write_text(".env\nnode_modules/\n")
    (project / "server.py").write_text(
        f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n')
    (project / "dist" / "assets" / "index-9c1e.js").write_text(
        f'(()=>{{const t="{key}";window.__k=t}})();\n')
    (project / "NOTES.md").write_text(f"temporary key {key}\n")
    (project / ".env").write_text(f"MISTRAL_API_KEY={key}\n")
    (project / "unrelated.txt").write_text("nothing here\n")
    results, _, _ = scan_paths([project], Settings(), jobs=1, base=tmp_path)
    found = sorted((f.path, f.line + 1, f.code) for r in results for f in r.findings)
    assert found == [
        ("chat/NOTES.md", 1, "MK007"),
        ("chat/dist/assets/index-9c1e.js", 1, "MK001"),
        ("chat/server.py", 3, "MK001"),
    ]
    rendered = json.dumps([f.message for r in results for f in r.findings])
    assert key not in rendered


def test_first_pass_records_token_hashes_only_where_needed(tmp_path: Path):
    from mistral_keyguard.known_keys import prefilter_sees_keys, token_hashes
    from mistral_keyguard.workspace import ProjectIndex, scan_file

    key = make_key()
    assert token_hashes(f"a {key} b 3607ff5cc48d94e7e77b2f8ea5b06ebd\n".encode()) == {keyshape.key_hash(key)}
    # MK001's prefilter looks for key-shaped tokens, so a Python file it skips holds none
    assert prefilter_sees_keys("python", Settings())
    assert not prefilter_sees_keys(None, Settings())
    plain = tmp_path / "util.py"
    plain.write_text("def add(a, b):\n    return a + b\n")
    notes = tmp_path / "NOTES.txt"
    notes.write_text(f"old key {key}\n")
    assert scan_file(plain, "util.py", Settings(), ProjectIndex()).key_hashes == frozenset()
    assert scan_file(notes, "NOTES.txt", Settings(), ProjectIndex()).key_hashes == {keyshape.key_hash(key)}
