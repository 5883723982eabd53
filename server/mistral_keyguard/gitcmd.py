"""git commands the CLI needs (the files of a commit, a repository's top), run through
`safe_git`, so a scanned repository's config runs nothing."""

from __future__ import annotations

from pathlib import Path

from mistral_keyguard import safe_git
from mistral_keyguard.globs import gitignore_spec


class GitError(RuntimeError):
    """git is missing, the folder is not a repository, or a command failed; the message says which."""


def git_env() -> dict[str, str]:
    # Nor the machine-wide config: only the user's own (safe_git pins what the repository's could run).
    return {**safe_git.git_environment(), "GIT_CONFIG_NOSYSTEM": "1"}


def git_argv(repo: Path, *args: str) -> list[str]:
    return safe_git.git_command(str(repo), *args)


def run(repo: Path, *args: str, input: bytes | None = None, timeout: float = 30) -> bytes:
    """stdout of `git <args>` in `repo`; `input` is fed to stdin (history's object lists)."""
    proc = safe_git.run_git(str(repo), *args, timeout=timeout, input=input, environment=git_env())
    if proc is None:
        raise GitError("git is not installed, could not start or timed out")
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
    spec = gitignore_spec(exclude)[0] if exclude else None  # a bad pattern is skipped, as git does
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
