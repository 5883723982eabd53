"""The I/O side of `check --fix` / `--diff`: apply fixes file by file to an in-memory overlay of
the tree, rescanning until nothing changes, then write the overlay or print it as a diff.

Working on an overlay means `--diff` shows exactly what `--fix` would write, multi-pass
fixes included, and that nothing is written when a fix fails half way.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import stat
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from mistral_keyguard import keyshape, safe_git
from mistral_keyguard.finding import Finding
from mistral_keyguard.fixes import scan_with_fixes
from mistral_keyguard.fixes.apply import EditConflict, apply_edits, fix_all
from mistral_keyguard.fixes.leftovers import newly_unused
from mistral_keyguard.fixes.project import PROBE_PATHS, gitignore_covers
from mistral_keyguard.languages import language_for_path
from mistral_keyguard.settings import Settings
from mistral_keyguard.workspace import (
    ProjectIndex, forget_tracked_files, is_env_file, project_root, read_regular, read_source, walk,
)

MAX_PASSES = 6
_MAX_FIX_FILE = 64 * 1024 * 1024
_FRAGMENT = re.compile(r"[A-Za-z0-9]{8,}")
_RUN = re.compile(r"[A-Za-z0-9]+")


class Overlay:
    """File contents as fixes leave them; falls back to the disk."""

    def __init__(self) -> None:
        self.changed: dict[Path, bytes] = {}
        self.original: dict[Path, bytes | None] = {}
        self.untracked: set[Path] = set()  # files an unsafe fix takes out of git's index
        self.disk: dict[Path, bytes | None] = {}

    def read(self, path: Path) -> bytes | None:
        path = target_path(path)
        if path in self.changed:
            return self.changed[path]
        if path not in self.disk:  # first sight: what fixes are computed from, checked at write
            self.disk[path] = _disk_bytes(path)
        return self.disk[path]

    def write(self, path: Path, data: bytes) -> None:
        path = target_path(path)
        if path not in self.original:
            self.original[path] = self.read(path)
        self.changed[path] = data

    def project(self, context):
        """`context` as the overlay has changed the project's .env, .gitignore and files."""
        if context.root is None or not (self.changed or self.untracked):
            return context
        root = Path(context.root)
        env_files = dict(context.env_files)
        gitignore = context.gitignore_text
        existing = set(context.existing_files)
        entry_files = dict(context.entry_files)
        for path, data in self.changed.items():
            if path.parent == root and is_env_file(path.name):
                env_files[path.name] = data.decode("utf-8", "replace")
            elif path == root / ".gitignore":
                gitignore = data.decode("utf-8", "replace")
            rel_entry = path.relative_to(root).as_posix() if path.is_relative_to(root) else None
            if rel_entry in entry_files:
                entry_files[rel_entry] = data.decode("utf-8", "replace")
            try:
                rel = path.relative_to(root).as_posix()
            except ValueError:
                continue
            existing |= {probe for probe in PROBE_PATHS if rel == probe or rel.startswith(probe + "/")}
        tracked = context.git_tracked and (root / (context.rel_path or "")).resolve() not in self.untracked
        ignored = context.git_ignored
        if (gitignore != context.gitignore_text or tracked != context.git_tracked) and not tracked \
                and context.rel_path:
            ignored = ignored or gitignore_covers(gitignore, context.rel_path)
        return replace(context, env_files=env_files, gitignore_text=gitignore, entry_files=entry_files,
                       existing_files=frozenset(existing), git_ignored=ignored, git_tracked=tracked)


def target_path(path: Path) -> Path:
    """`path` absolute with its folders resolved but not its last part: a link there is the
    user's, and writing through it is refused rather than followed."""
    path = path if path.is_absolute() else path.absolute()
    try:
        return path.parent.resolve() / path.name
    except (OSError, RuntimeError):
        return path


def _disk_bytes(path: Path) -> bytes | None:
    """A file's bytes, or None when it does not exist or is not a regular file."""
    try:
        return read_regular(path, _MAX_FIX_FILE)
    except OSError:
        return None


@dataclass
class FixRun:
    fixes_applied: int = 0
    applied: Counter = field(default_factory=Counter)  # (rule code, fix title) -> count
    notes: list[str] = field(default_factory=list)
    overlay: Overlay = field(default_factory=Overlay)
    secrets: set[str] = field(default_factory=set)  # key fragments seen, masked in diffs
    roots: list[Path] = field(default_factory=list)  # writes stay inside these folders
    refused: list[str] = field(default_factory=list)  # files not written, with the reason


def fix_paths(paths: list[Path], settings: Settings, *, unsafe: bool = False) -> FixRun:
    run = FixRun(roots=[root for p in paths for root in _roots_of(p)])
    for path in walk(paths, settings, run.notes):
        _fix_file(path, settings, unsafe, run)
    return run


def _fix_file(path: Path, settings: Settings, unsafe: bool, run: FixRun) -> None:
    first = read_source(path, settings.max_file_size)
    if first.text is None:
        return
    if first.transcoded:
        run.notes.append(f"{path}: not fixed, fixes are applied to UTF-8 files only")
        return
    _fix_passes(path, language_for_path(path), settings, run, unsafe=unsafe)


def fix_text(path: Path, data: bytes, settings: Settings, *, language: str | None, index: ProjectIndex,
             creations: bool = True) -> FixRun:
    """`check --fix` (safe fixes) on one file whose current text is `data`, such as an editor's
    unsaved buffer: the same passes and the same tidy step, on an overlay; nothing is written.
    With `creations` off, fixes that create a file are left out."""
    run = FixRun()
    run.overlay.disk[target_path(path)] = data
    _fix_passes(path, language, settings, run, unsafe=False, index=index, creations=creations)
    return run


def _fix_passes(path: Path, language: str | None, settings: Settings, run: FixRun, *, unsafe: bool,
                index: ProjectIndex | None = None, creations: bool = True) -> None:
    """Scan and apply the chosen fixes until nothing changes, then tidy what they left unused."""
    for _ in range(MAX_PASSES):
        data = run.overlay.read(path)
        if data is None:
            return
        context = run.overlay.project((index or ProjectIndex()).context(path))
        findings = scan_with_fixes(str(path), data, settings, language=language, project=context).findings
        _remember_secrets(data, findings, run.secrets)
        if not creations:
            findings = [replace(f, fixes=tuple(fix for fix in f.fixes if not fix.creations)) for f in findings]
        try:
            changes = fix_all(data, findings, lambda p: run.overlay.read(Path(p)), unsafe=unsafe)
        except EditConflict as exc:
            run.notes.append(f"{path}: a fix could not be applied ({exc})")
            return
        if not changes.applied:
            break
        for target, new in changes.files.items():
            run.overlay.write(path if target is None else Path(target), new)
        for target, text in changes.created.items():
            run.overlay.write(Path(target), text.encode("utf-8"))
        run.overlay.untracked |= {Path(target).resolve() for target in changes.untracked}
        run.fixes_applied += len(changes.applied)
        by_fix = {id(fix): finding.code for finding in findings for fix in finding.fixes}
        for fix in changes.applied:
            run.applied[(by_fix.get(id(fix), "?"), fix.title)] += 1
    _tidy(path, language, run)


def _tidy(path: Path, language: str | None, run: FixRun) -> None:
    """What the file's fixes together left unused, though each fix alone saw it still read."""
    key = path.resolve() if path.is_absolute() else path.absolute()
    before, after = run.overlay.original.get(key), run.overlay.changed.get(key)
    if before is None or after is None or language is None:
        return
    for _ in range(3):  # a removed declaration may have been the last read of an import
        edits = newly_unused(language, before, after)
        try:
            after = apply_edits(after, edits) if edits else after
        except EditConflict:
            break  # two leftovers on one line: left as they are, the code still runs
        if not edits:
            break
        run.overlay.write(path, after)


def _remember_secrets(data: bytes, findings: list[Finding], secrets: set[str]) -> None:
    for finding in findings:
        if finding.secret_hash is not None:
            span = data[finding.span.start.byte:finding.span.end.byte].decode("utf-8", "replace")
            secrets.update(_FRAGMENT.findall(span))
            joined = "".join(_RUN.findall(span))  # a key written in pieces: "abc" "def" ...
            if len(joined) >= keyshape.KEY_LENGTH:
                secrets.add(joined)


def write(run: FixRun) -> list[Path]:
    """Write every changed file atomically; a file that is refused (see `_refusal`) or fails is
    listed in `run.refused` and left as it was."""
    written = []
    for path, data in run.overlay.changed.items():
        before = run.overlay.original.get(path)
        if before == data:
            continue
        reason = _refusal(path, before, run.roots)
        if reason is None:
            try:
                write_atomic(path, data)
            except OSError as exc:
                reason = f"write failed ({exc.strerror or exc}); the file is unchanged"
        if reason is None:
            written.append(path)
        else:
            run.refused.append(f"{path}: not written, {reason}")
    _untrack(run)
    return written


def _untrack(run: FixRun) -> None:
    """`git rm --cached` for each file an applied fix stops tracking: the index only, the file
    stays on disk and history is never rewritten (the key there must be rotated)."""
    for path in sorted(run.overlay.untracked):
        done = safe_git.run_git(str(path.parent), "rm", "--cached", "--quiet", "--", path.name)
        if done is None or done.returncode != 0:
            error = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if done is not None else []
            run.notes.append(f"{path}: git rm --cached failed ({error[0] if error else 'git could not run'})")
    if run.overlay.untracked:
        forget_tracked_files()



def _roots_of(given: Path) -> list[Path]:
    """Where fixes for `given` may write: the scanned folder and the project root above it
    (where `.env` and `.gitignore` live when a subfolder is scanned)."""
    try:
        folder = given.resolve() if given.is_dir() else given.resolve().parent
    except (OSError, RuntimeError):
        return []
    return [folder, project_root(folder)]


def _refusal(path: Path, before: bytes | None, roots: list[Path]) -> str | None:
    """Why `path` must not be written, or None: outside the scanned folders, a symbolic link,
    not a regular file, or changed on disk since the fix was computed."""
    if not any(path.is_relative_to(root) for root in roots):
        return "it is outside the scanned folders"
    existing = path.parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.resolve().is_relative_to(_common_root(path, roots)):
        return "its folder leads out of the scanned folders"
    if path.is_symlink():
        return "it is a symbolic link"
    if path.exists() and not path.is_file():
        return "it is not a regular file"
    if _disk_bytes(path) != before:
        return ("it appeared after the fix was computed" if before is None
                else "it changed on disk after the fix was computed")
    return None


def _common_root(path: Path, roots: list[Path]) -> Path:
    return next(root for root in roots if path.is_relative_to(root))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` through a temporary file in the same folder and a rename: a
    failed write leaves the old file whole. Keeps the old file's mode; a new file gets the
    umask's default."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".keyguard-tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mask(line: str, secrets: set[str]) -> str:
    for secret in sorted(secrets, key=len, reverse=True):
        line = line.replace(secret, keyshape.mask(secret))
    wholes = [s for s in secrets if len(s) >= keyshape.KEY_LENGTH]
    # A piece of a key split into short strings is no key-shaped token: mask every run of
    # three or more letters and digits that lies inside a key seen in this run.
    line = _RUN.sub(lambda m: "*" * len(m.group()) if len(m.group()) >= 3 and any(m.group() in w for w in wholes)
                    else m.group(), line)
    return keyshape.redact_text(line)


def diff(run: FixRun, base: Path) -> str:
    """A unified diff of what `--fix` would write, keys masked."""
    out: list[str] = []
    for path in sorted(run.overlay.changed):
        before = run.overlay.original.get(path)
        after = run.overlay.changed[path]
        if before == after:
            continue
        try:
            name = path.relative_to(base.resolve()).as_posix()
        except ValueError:
            name = path.as_posix()
        old = before.decode("utf-8", "replace").splitlines(keepends=True) if before is not None else []
        new = after.decode("utf-8", "replace").splitlines(keepends=True)
        lines = difflib.unified_diff(old, new, "/dev/null" if before is None else f"a/{name}", f"b/{name}")
        for line in lines:
            if not line.endswith("\n"):
                line += "\n\\ No newline at end of file\n"
            out.append(_mask(line, run.secrets))
    for path in sorted(run.overlay.untracked):
        out.append(f"git rm --cached -- {_display(path, base)}\n")
    return "".join(out)


def _display(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
