"""The README's first command, as a new user runs it: scan the demo app from a fresh checkout."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mistral_keyguard
from keyguard_testing import ROOT
from mistral_keyguard.catalogue import RULES

PACKAGE_PARENT = Path(mistral_keyguard.__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    """The lines of the README's first code block."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"^```[^\n]*\n(.*?)^```", text, re.S | re.M)
    assert block, "the README starts without a command block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def scan_part(command: str) -> list[str]:
    """The `mistral-keyguard ...` step of a `&&` chain, as argv."""
    steps = [shlex.split(step) for step in command.split("&&")]
    [scan] = [argv for argv in steps if argv and argv[0] == "mistral-keyguard"]
    return scan[1:]


def shipped_files(folder: str) -> list[str]:
    """What a clone holds under `folder`: tracked files plus new ones git would commit."""
    if not (ROOT / ".git").exists():
        return [p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file()]
    listed = subprocess.run(["git", "-c", "core.fsmonitor=", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard", "--", folder],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory) -> Path:
    clone = tmp_path_factory.mktemp("clone")
    for name in shipped_files("examples") + ["README.md", "pyproject.toml"]:
        (clone / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, clone / name)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "core.hooksPath=/dev/null"]
    subprocess.run(git + ["init", "-q"], cwd=clone, check=True)
    subprocess.run(git + ["add", "-A"], cwd=clone, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "clone"], cwd=clone, check=True)
    return clone


def run_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_PARENT))
    return subprocess.run([sys.executable, "-m", "mistral_keyguard", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_first_two_commands_install_demo_and_run_ci():
    first, second = readme_commands()[:2]
    assert "pip install" in first and "--exit-zero" in first
    assert second.strip() == "bash .ci/run"


def test_first_command_scans_the_demo_app_with_every_rule(fresh_clone):
    args = scan_part(readme_commands()[0])
    proc = run_cli(args, fresh_clone)
    assert proc.returncode == 0, proc.stderr
    found = set(re.findall(r"^\S+:\d+:\d+: (MK\d{3}) ", proc.stdout, re.M))
    assert found == set(RULES), f"rules missing from the demo: {set(RULES) - found}"
    lines = proc.stdout.rstrip().splitlines()
    summary = "\n".join(lines[max(i for i, line in enumerate(lines) if line.startswith("Found ")):])
    assert summary in (ROOT / "README.md").read_text(encoding="utf-8"), \
        f"the README's sample output ends differently: {summary}"
    for key in re.findall(r"\b[A-Za-z0-9]{32}\b", "".join(
            (ROOT / name).read_text(encoding="utf-8") for name in shipped_files("examples/leaky-app"))):
        assert key not in proc.stdout


def test_demo_app_without_exit_zero_fails(fresh_clone):
    args = [a for a in scan_part(readme_commands()[0]) if a != "--exit-zero"]
    assert run_cli(args, fresh_clone).returncode == 1


def test_repository_root_is_clean():
    """The project's own settings exclude its fixtures and the demo, as a user's would."""
    proc = run_cli(["check", "."], ROOT)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "No Mistral key leaks found" in proc.stdout
