"""Running git on a repository we did not write: its config must not run anything of ours.

A repository's `.git/config` can name an fsmonitor program, hooks, a pager or an external diff
that git would execute; every call here neutralises them and ignores the system config.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pathspec

SAFE_OPTIONS = ("-c", "core.fsmonitor=", "-c", "core.hooksPath=/dev/null", "-c", "core.pager=cat",
                "-c", "diff.external=", "-c", "core.untrackedCache=false", "--no-pager")


class GitError(RuntimeError):
    """git is missing, the folder is not a repository, or a command failed; the message says which."""


def git_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_TERMINAL_PROMPT="0", GIT_PAGER="cat", PAGER="cat",
               GIT_OPTIONAL_LOCKS="0", LC_ALL="C")
    return env


def git_argv(repo: Path, *args: str) -> list[str]:
    executable = shutil.which("git")
    if executable is None:
        raise GitError("git is not installed or not on PATH")
    return [executable, *SAFE_OPTIONS, "-C", str(repo), *args]


def run(repo: Path, *args: str) -> bytes:
    proc = subprocess.run(git_argv(repo, *args), env=git_env(), stdin=subprocess.DEVNULL,
                          capture_output=True, check=False)
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]} failed in {repo}: {message[-1] if message else proc.returncode}")
    return proc.stdout


def toplevel(folder: Path) -> Path:
    return Path(run(folder, "rev-parse", "--show-toplevel").decode("utf-8", "replace").strip())


def staged_or_tracked(folder: Path, exclude: tuple[str, ...] = ()) -> list[Path]:
    """Files staged for the next commit, or every tracked file when nothing is staged.

    In a pre-commit run with nothing staged the hook was asked for all files (`--all-files`),
    since pre-commit skips a hook when a commit has no file for it.
    """
    top = toplevel(folder)
    names = _split(run(top, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--no-renames"))
    if not names:
        names = _split(run(top, "ls-files", "-z"))
    spec = pathspec.GitIgnoreSpec.from_lines(exclude) if exclude else None
    out = []
    for name in names:
        if spec is not None and spec.match_file(name):
            continue
        path = top / name
        if path.is_file() and not path.is_symlink():
            out.append(path)
    return out


def _split(output: bytes) -> list[str]:
    return [n for n in output.decode("utf-8", "surrogateescape").split("\0") if n]
