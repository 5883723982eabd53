"""A scanned repository's git config must not run anything (issue 12, security 1)."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from hostile_support import run_cli
from mistral_keyguard import safe_git, workspace

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

# Every repository setting that names a program git may run.
TRAPS = ("core.fsmonitor", "core.pager", "core.editor", "core.sshCommand", "core.askPass",
         "core.gitProxy", "diff.external", "sequence.editor", "gpg.program", "credential.helper",
         "filter.trap.clean", "filter.trap.smudge", "filter.trap.process", "diff.trap.textconv",
         "diff.trap.command", "merge.trap.driver", "uploadpack.packObjectsHook")
HOOKS = ("post-index-change", "pre-commit", "post-checkout", "fsmonitor-watchman", "reference-transaction")


def _trap(folder: Path, name: str) -> str:
    script = folder / f"trap-{name}.sh"
    script.write_text(f"#!/bin/sh\ntouch '{folder}/RAN-{name}'\ncat >/dev/null 2>&1\nexit 0\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


@pytest.fixture
def trapped_repo(tmp_path, key) -> tuple[Path, Path]:
    """A repository whose config points every executable setting (and every hook) at a script
    that leaves a file behind; returns (repo, folder where the marks appear)."""
    marks = tmp_path / "marks"
    marks.mkdir()
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "app.py").write_text(f'from mistralai import Mistral\nclient = Mistral(api_key="{key}")\n')
    (repo / ".env").write_text(f"MISTRAL_API_KEY={key}\n")
    (repo / ".gitattributes").write_text("* filter=trap diff=trap merge=trap\n")
    plain = ["git", "-C", str(repo), "-c", "core.hooksPath=/dev/null", "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(plain + ["add", "app.py", ".env"], check=True)
    subprocess.run(plain + ["commit", "-qm", "leak"], check=True)
    (repo / "staged.py").write_text(f'from mistralai import Mistral\nMistral(api_key="{key}")\n')
    subprocess.run(plain + ["add", "staged.py"], check=True)
    hooks = repo / ".git" / "hooks"
    for hook in HOOKS:
        target = hooks / hook
        target.write_text(f"#!/bin/sh\ntouch '{marks}/RAN-hook-{hook}'\n")
        target.chmod(0o755)
    config = repo / ".git" / "config"
    with config.open("a") as handle:
        for setting in TRAPS:
            section, _, name = setting.rpartition(".")
            head, _, sub = section.partition(".")
            header = f'[{head} "{sub}"]' if sub else f"[{head}]"
            handle.write(f"{header}\n\t{name} = {_trap(marks, setting)}\n")
        handle.write(f"[core]\n\thooksPath = {hooks}\n[alias]\n\tls-files = !{_trap(marks, 'alias')}\n")
    return repo, marks


def test_the_traps_do_fire_for_plain_git(trapped_repo):
    """The trap is real: git with the repository's config runs core.fsmonitor."""
    repo, marks = trapped_repo
    subprocess.run(["git", "-C", str(repo), "ls-files"], capture_output=True, check=False)
    assert (marks / "RAN-core.fsmonitor").exists()


def test_check_runs_nothing_from_the_repository(trapped_repo):
    repo, marks = trapped_repo
    for fmt in ("text", "json"):
        proc = run_cli("check", str(repo), "--output-format", fmt)
        assert proc.returncode == 1, proc.stderr
    proc = run_cli("check", str(repo), "--diff", "--unsafe-fixes")
    assert proc.returncode in (0, 1), proc.stderr
    proc = run_cli("check", "--staged", cwd=repo)
    assert "Traceback" not in proc.stderr
    proc = run_cli("history", str(repo))
    assert "Traceback" not in proc.stderr
    proc = run_cli("check", str(repo), "--fix", "--unsafe-fixes")  # untracks the committed .env
    assert "Traceback" not in proc.stderr and "git rm --cached failed" not in proc.stderr
    assert sorted(p.name for p in marks.iterdir() if p.name.startswith("RAN")) == []


def test_workspace_git_calls_run_nothing(trapped_repo):
    repo, marks = trapped_repo
    workspace.forget_tracked_files()
    tracked = workspace._tracked_files(str(repo))
    assert tracked is not None and str((repo / "app.py").resolve()) in tracked
    assert workspace._git_ignores(repo / ".env") is False
    assert workspace.ProjectIndex().context(repo / ".env").git_tracked is True
    removed = safe_git.run_git(str(repo), "rm", "--cached", "--quiet", "--", ".env")  # as --fix untracks
    assert removed is not None and removed.returncode == 0, removed
    assert sorted(p.name for p in marks.iterdir() if p.name.startswith("RAN")) == []


# The only modules that start a process, and what each may start: git with every
# repository-config hook neutralised, and our own interpreter running our own module (the
# server's scan of big documents), never anything named by the scanned tree.
_PROCESS_STARTERS = {
    "safe_git.py": "git_command(",
    "lsp/isolated.py": '[sys.executable, "-m", "mistral_keyguard.lsp.isolated"]',
}


def test_every_git_call_goes_through_the_safe_helper():
    """No other module of the package starts a process."""
    package = Path(workspace.__file__).resolve().parent
    starters = {p.relative_to(package).as_posix(): p.read_text(encoding="utf-8")
                for p in package.rglob("*.py") if "subprocess" in p.read_text(encoding="utf-8")}
    assert sorted(starters) == sorted(_PROCESS_STARTERS)
    for name, argv_text in _PROCESS_STARTERS.items():
        assert argv_text in starters[name], name
    argv = safe_git.git_command("/x", "ls-files")
    assert argv[-3:] == ["-C", "/x", "ls-files"] and "core.fsmonitor=false" in argv


def test_bad_exclude_patterns_in_history_and_staged_modes(trapped_repo):
    repo, _ = trapped_repo
    for args in (["history", str(repo)], ["check", "--staged"]):
        proc = run_cli(*args, "--exclude", "!", "--exclude", "[z-a]", cwd=repo)
        assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, (args, proc.stderr)
        assert proc.returncode == 1, (args, proc.stdout + proc.stderr)
