"""`mistral-keyguard history` on a generated repository: a key added, rotated, removed, on a branch."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from keyguard_testing import make_key
from mistral_keyguard import history
from mistral_keyguard.cli import main
from mistral_keyguard.settings import Settings


def git(repo: Path, *args: str, when: int | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid", "GIT_CONFIG_NOSYSTEM": "1"}
    if when is not None:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"@{when} +0000"
    return subprocess.run(["git", "-c", "core.hooksPath=/dev/null", *args], cwd=repo, env=env, check=True,
                          capture_output=True, text=True).stdout.strip()


def commit(repo: Path, message: str, when: int, files: dict[str, str | None]) -> str:
    for name, text in files.items():
        path = repo / name
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, when=when)
    return git(repo, "rev-parse", "HEAD")


def config_py(key: str) -> str:
    return f'from mistralai import Mistral\n\nMISTRAL_API_KEY = "{key}"\nclient = Mistral(api_key=MISTRAL_API_KEY)\n'


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    root = tmp_path_factory.mktemp("history-repo")
    keys = {name: make_key() for name in ("rotated", "current", "removed", "branch", "fixture")}
    git(root, "init", "-q", "-b", "main")
    added = commit(root, "add config", 1_700_000_000, {"config.py": config_py(keys["rotated"])})
    rotated = commit(root, "rotate", 1_700_086_400, {"config.py": config_py(keys["current"])})
    noted = commit(root, "notes", 1_700_172_800, {
        "NOTES.md": f"Mistral playground: curl -H 'Authorization: Bearer {keys['removed']}'\n",
        "copy/config.py": config_py(keys["current"])})
    commit(root, "drop notes", 1_700_259_200, {"NOTES.md": None,
                                               "tests/fixtures/leak.py": config_py(keys["fixture"])})
    git(root, "checkout", "-q", "-b", "experiment", added)
    on_branch = commit(root, "try dotenv", 1_700_300_000, {".env": f"MISTRAL_API_KEY={keys['branch']}\n"})
    git(root, "checkout", "-q", "main")
    return root, keys, {"added": added, "rotated": rotated, "noted": noted, "branch": on_branch}


def run_history(capsys, *argv) -> tuple[int, str, str]:
    code = main(["history", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def by_key(records: list[dict], keys: dict[str, str]) -> dict[str, list[dict]]:
    masks = {name: f"{k[:4]}{'*' * 24}{k[-4:]}" for name, k in keys.items()}
    return {name: [r for r in records if r["masked_key"] == mask] for name, mask in masks.items()}


def test_every_key_ever_committed_is_listed_with_its_commit(repo, capsys):
    root, keys, commits = repo
    code, out, _ = run_history(capsys, str(root), "--output-format", "json")
    assert code == 1
    found = by_key(json.loads(out)["findings"], keys)
    [rotated] = found["rotated"]
    assert (rotated["path"], rotated["commit"], rotated["at_head"]) == ("config.py", commits["added"], False)
    assert rotated["date"] == "2023-11-14 22:13:20 UTC" and rotated["code"] == "MK001"
    current = sorted((r["path"], r["commit"], r["at_head"]) for r in found["current"])
    assert current == [("config.py", commits["rotated"], True), ("copy/config.py", commits["noted"], True)]
    [removed] = found["removed"]
    assert (removed["path"], removed["commit"], removed["at_head"]) == ("NOTES.md", commits["noted"], False)
    [branch] = found["branch"]
    assert (branch["path"], branch["commit"], branch["code"]) == (".env", commits["branch"], "MK007")
    assert branch["at_head"] is False
    assert len(found["fixture"]) == 1
    for key in keys.values():
        assert key not in out


def test_text_output_advises_rotation_and_masks_keys(repo, capsys):
    root, keys, commits = repo
    code, out, err = run_history(capsys, str(root))
    assert code == 1
    assert f"config.py:3:20: MK001 Mistral API key {keys['rotated'][:4]}" in out
    assert f"committed in {commits['added'][:12]} on 2023-11-14" in out
    assert "no longer at HEAD, but every clone still holds it" in out and "still present at HEAD" in out
    assert "Found 5 keys in the history (5 commits" in out and "2 still at HEAD" in out  # current, fixture
    assert "rotate" in out
    assert not any(key in out + err for key in keys.values())


def test_excluded_paths_and_exit_zero(repo, capsys):
    root, keys, _ = repo
    code, out, _ = run_history(capsys, str(root), "--exclude", "tests/fixtures/", "--output-format", "json", "--exit-zero")
    assert code == 0
    assert by_key(json.loads(out)["findings"], keys)["fixture"] == []


def test_each_distinct_blob_is_read_once(repo, monkeypatch):
    root, _, _ = repo
    requested: list[str] = []
    real = history.read_blobs

    def counting(repo_path, names):
        requested.extend(names)
        return real(repo_path, names)

    monkeypatch.setattr(history, "read_blobs", counting)
    result = history.scan_history(root, Settings())
    all_blobs = git(root, "rev-list", "--all", "--objects").splitlines()
    kinds = subprocess.run(["git", "cat-file", "--batch-check=%(objecttype)"], cwd=root, check=True,
                           input="\n".join(line.split()[0] for line in all_blobs) + "\n",
                           capture_output=True, text=True).stdout.split()
    assert len(requested) == len(set(requested)) == kinds.count("blob") == result.blobs_scanned


def test_repository_config_runs_nothing(repo, tmp_path, capsys):
    root, _, _ = repo
    marker = tmp_path / "ran"
    script = tmp_path / "evil.sh"
    script.write_text(f"#!/bin/sh\ntouch {marker}\n")
    script.chmod(0o755)
    for option in ("core.fsmonitor", "core.pager", "diff.external"):
        git(root, "config", option, str(script))
    try:
        run_history(capsys, str(root), "-q")
    finally:
        for option in ("core.fsmonitor", "core.pager", "diff.external"):
            git(root, "config", "--unset", option)
    assert not marker.exists()


def test_not_a_repository_is_a_usage_error(tmp_path, capsys):
    code, _, err = run_history(capsys, str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "git" in err


def test_empty_repository_is_clean(tmp_path, capsys):
    git(tmp_path, "init", "-q")
    code, out, _ = run_history(capsys, str(tmp_path))
    assert code == 0 and "No Mistral keys found in the history" in out
