"""The one way mistral-keyguard runs git: inside an untrusted tree, with nothing executable.

A scanned repository's `.git/config` is written by whoever wrote the tree. Several of its settings
name programs git runs on its own (`core.fsmonitor` runs on every index read, hooks, pagers,
external diffs and text conversions, ssh, credential helpers, filters). Command-line `-c` settings
win over every config file, includes included, so each of them is pinned to a harmless value here.
The user's own global and system config stay in force: they are the user's trust (and hold
`safe.directory`, which decides whether git reads a repository owned by someone else at all).
"""

from __future__ import annotations

import os
import re
import subprocess

# Settings a repository could point at a program, each pinned to "run nothing".
NEUTRAL_CONFIG = (
    "core.fsmonitor=false",
    "core.hooksPath=/dev/null",
    "core.pager=cat",
    "core.editor=true",
    "core.sshCommand=false",
    "core.askPass=",
    "core.gitProxy=",
    "core.untrackedCache=false",
    "credential.helper=",
    "diff.external=",
    "sequence.editor=true",
    "gpg.program=false",
    "protocol.allow=never",
    "uploadpack.packObjectsHook=",
    "pager.ls-files=false",
    "pager.check-ignore=false",
    "pager.rev-parse=false",
)
# Environment variables that would make git page, prompt, take locks or look elsewhere.
_UNSET_ENV = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_EXTERNAL_DIFF", "GIT_PAGER",
              "GIT_ASKPASS", "GIT_SSH", "GIT_SSH_COMMAND", "GIT_EDITOR", "GIT_CEILING_DIRECTORIES")
_SET_ENV = {"GIT_PAGER": "cat", "PAGER": "cat", "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0",
            "GIT_ASKPASS": "true", "SSH_ASKPASS": "true", "GIT_NO_REPLACE_OBJECTS": "1",
            "GIT_ATTR_NOSYSTEM": "1"}


# Commands that may hash work-tree files, which runs the clean/process filter the repository's
# `.gitattributes` names: their drivers are pinned to nothing by name (see `_filter_drivers`).
_HASHING_COMMANDS = frozenset({"rm", "update-index", "status", "add", "diff", "stash", "checkout"})
_FILTER_KEY = re.compile(r"^filter\.(.+)\.[^.]+$")


def git_command(folder: str, *args: str) -> list[str]:
    """The argv for `git <args>` in `folder` with every executable setting neutralised."""
    argv = ["git", "--no-pager", "--no-optional-locks"]
    for setting in NEUTRAL_CONFIG:
        argv += ["-c", setting]
    if args and args[0] in _HASHING_COMMANDS:
        for driver in _filter_drivers(folder, argv):
            for part in ("clean", "smudge", "process"):
                argv += ["-c", f"filter.{driver}.{part}="]
            argv += ["-c", f"filter.{driver}.required=false"]
    return argv + ["-C", folder, *args]


def _filter_drivers(folder: str, base: list[str]) -> set[str]:
    """Names of the filter drivers any config defines (`filter.<name>.process` ...); reading
    config runs nothing."""
    try:
        out = subprocess.run(base + ["-C", folder, "config", "--name-only", "--get-regexp", r"^filter\."],
                             capture_output=True, stdin=subprocess.DEVNULL, env=git_environment(),
                             timeout=10, check=False)
    except (OSError, subprocess.SubprocessError, ValueError):
        return set()
    names = out.stdout.decode("utf-8", "surrogateescape").splitlines()
    return {m.group(1) for m in map(_FILTER_KEY.match, names) if m}


def git_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _UNSET_ENV}
    env.update(_SET_ENV)
    return env


def run_git(folder: str, *args: str, timeout: float = 30, input: bytes | None = None,
            environment: dict[str, str] | None = None) -> subprocess.CompletedProcess | None:
    """`git <args>` run in `folder` (bytes out), or None when git is missing, fails to start or
    times out. Reads only `input` as stdin, never pages, never prompts."""
    try:
        return subprocess.run(git_command(folder, *args), capture_output=True, input=input,
                              stdin=subprocess.DEVNULL if input is None else None,
                              env=environment or git_environment(), timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def start_git(folder: str, *args: str, environment: dict[str, str] | None = None) -> subprocess.Popen:
    """A long-running `git <args>` (`cat-file --batch`) with pipes to its stdin and stdout.
    Raises OSError when git cannot start."""
    return subprocess.Popen(git_command(folder, *args), env=environment or git_environment(),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
