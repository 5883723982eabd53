"""The pre-commit hook, run the way users meet it: `pre-commit try-repo <repo> mistral-keyguard`.

pre-commit builds the hook's own virtualenv from the repository (pip, from the package index),
so the test snapshots the package into a temporary git repository once; both runs then share
that environment. About 30 s the first time, a few seconds after.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyguard_testing import make_key

ROOT = Path(__file__).resolve().parent.parent
HOOK_FILES = ["server", "queries", "pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml"]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"})


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    repo = tmp_path_factory.mktemp("hook-repo")
    for name in HOOK_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, repo / name)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "snapshot")
    return repo


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _try_repo(hook_repo: Path, home: Path, project: Path, *files: str) -> subprocess.CompletedProcess:
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    return subprocess.run(
        [pre_commit, "try-repo", str(hook_repo), "mistral-keyguard", "--files", *files],
        cwd=project, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"},
    )


def _project(tmp_path: Path, name: str, text: str) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    (project / name).write_text(text)
    _git(project, "init", "-q")
    _git(project, "add", name)
    return project


def test_hook_fails_on_a_committed_key(tmp_path, hook_repo, pre_commit_home):
    key = make_key()
    project = _project(tmp_path, "settings.py", f'from mistralai import Mistral\n\nclient = Mistral(api_key="{key}")\n')
    proc = _try_repo(hook_repo, pre_commit_home, project, "settings.py")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "MK001" in output and "settings.py" in output, output
    assert key not in output, "the hook printed the key in clear"


def test_hook_passes_on_a_clean_file(tmp_path, hook_repo, pre_commit_home):
    project = _project(tmp_path, "settings.py",
                       'import os\nfrom mistralai import Mistral\n\nclient = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n')
    proc = _try_repo(hook_repo, pre_commit_home, project, "settings.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout, proc.stdout


def _many_files(tmp_path: Path, count: int, leaky: set[int]) -> tuple[Path, list[str], list[str]]:
    """`count` staged files, keys in those numbered in `leaky`: more than one pre-commit batch
    (pre-commit splits a file list into at least one batch per core, four files or more each)."""
    project = tmp_path / "many"
    project.mkdir()
    names, keys = [], []
    for i in range(count):
        name = f"module_{i:03}.py"
        if i in leaky:
            keys.append(make_key())
            body = f'from mistralai import Mistral\n\nclient = Mistral(api_key="{keys[-1]}")\n'
        else:
            body = f"VALUE_{i} = {i}\n"
        (project / name).write_text(body)
        names.append(name)
    _git(project, "init", "-q")
    _git(project, "add", *names)
    return project, names, keys


def test_one_summary_whatever_the_batching(tmp_path, hook_repo, pre_commit_home):
    project, names, keys = _many_files(tmp_path, 64, leaky={3, 40, 61})
    proc = _try_repo(hook_repo, pre_commit_home, project, *names)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    summaries = [line for line in output.splitlines() if line.startswith(("Found ", "No Mistral key leaks"))]
    assert summaries == ["Found 3 problems (3 errors) in 64 files."], output
    assert all(f"module_{i:03}.py:3:" in output for i in (3, 40, 61))
    assert not any(key in output for key in keys)


def test_all_files_with_nothing_staged_scans_every_tracked_file(tmp_path, hook_repo, pre_commit_home):
    project, names, _ = _many_files(tmp_path, 12, leaky={5})
    _git(project, "commit", "-q", "-m", "start")
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    proc = subprocess.run([pre_commit, "try-repo", str(hook_repo), "mistral-keyguard", "--all-files"],
                          cwd=project, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "PRE_COMMIT_COLOR": "never"})
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "Found 1 problem (1 error) in 12 files." in output and "module_005.py:3:" in output


def test_documented_local_hook_works(tmp_path, pre_commit_home):
    """The `repo: local` hook of docs/editors.md, as written, with the tool on PATH."""
    docs = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
    [config] = [block for block in docs.split("```yaml\n")[1:] if "repo: local" in block.split("```")[0]]
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    project, names, keys = _many_files(tmp_path, 6, leaky={2})
    (project / ".pre-commit-config.yaml").write_text(config.split("```")[0])
    _git(project, "add", ".pre-commit-config.yaml")
    package_parent = Path(__import__("mistral_keyguard").__file__).resolve().parent.parent
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "PRE_COMMIT_COLOR": "never",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONPATH": str(package_parent)}
    proc = subprocess.run([pre_commit, "run", "--all-files"], cwd=project, capture_output=True, text=True,
                          timeout=600, env=env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "module_002.py:3:" in output and "Found 1 problem (1 error) in 7 files." in output, output
    assert keys[0] not in output
