"""Finding the files to scan and reading them safely: the part of a scan that needs no grammar.

`check` walks first and loads the engine, rules and grammars only when there is a file to scan
(start-up on an empty folder). pathspec is loaded only when a `.gitignore` or an exclude
pattern has to be matched.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mistral_keyguard.document import SourceText
from mistral_keyguard.output.report import READ_ERROR
from mistral_keyguard.settings import Settings

if TYPE_CHECKING:
    import pathspec

SKIP_DIRS = frozenset({".git", "node_modules", ".venv", "venv", "__pycache__", ".mypy_cache",
                       ".pytest_cache", ".tox", ".hg", ".svn"})

def is_env_file(name: str) -> bool:
    return name == ".env" or name.startswith(".env.")


_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class FileRead:
    text: bytes | None
    note: str | None = None
    # The bytes were transcoded (UTF-16): offsets into `text` are not offsets into the file.
    transcoded: bool = False


class NotRegularFile(OSError):
    """A FIFO, socket, device or directory where a file was expected."""


class TooLarge(OSError):
    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Never blocks: a FIFO or device is
    opened non-blocking and refused (NotRegularFile) before anything is read; raises TooLarge
    and any OSError of the open."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"{path} is not a regular file")
        if info.st_size > limit:
            raise TooLarge(info.st_size)
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew since fstat
                raise TooLarge(total)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text_file(path: Path, limit: int = 1 << 20) -> str | None:
    """A small project file (manifest, .gitignore, .env) as text, or None: missing, not a regular
    file, too large or unreadable. Never blocks on a FIFO."""
    try:
        return read_regular(path, limit).decode("utf-8", "replace")
    except OSError:
        return None


def read_source(path: Path, max_size: int) -> FileRead:
    """Bytes of a text file, or a note saying why it was skipped (never raises on bad input)."""
    try:
        data = read_regular(path, max_size)
    except NotRegularFile:
        return FileRead(None, f"{path}: skipped, not a regular file")
    except TooLarge as exc:
        return FileRead(None, f"{path}: skipped, {exc.size} bytes is over the {max_size}-byte limit "
                              f"(raise max-file-size to scan it)")
    except OSError as exc:
        return FileRead(None, f"{path}: {READ_ERROR} ({exc.strerror or exc})")
    if data[:2] in _UTF16_BOMS:
        return _utf16(path, data)
    if b"\0" in data[:8192]:
        return FileRead(None, None)  # binary: silently skipped, like git grep
    if data.startswith(_UTF8_BOM):
        # Three spaces keep every byte offset, so fixes still edit the file at the right place.
        data = b"   " + data[3:]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return FileRead(None, f"{path}: skipped, not valid UTF-8 (byte {exc.start})")
    return FileRead(data)


def _utf16(path: Path, data: bytes) -> FileRead:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        return FileRead(None, f"{path}: skipped, not valid UTF-16 (byte {exc.start})")
    return FileRead(text.encode("utf-8", "surrogatepass"), transcoded=True)


def frame_lines(path: Path, max_size: int) -> list[str] | None:
    """A file's lines as the engine numbers them (at LF, CRLF and lone CR; a form feed or U+2028
    is no line break), for code frames; None when it cannot be read."""
    read = read_source(path, max_size)
    if read.text is None:
        return None
    source = SourceText(read.text)
    return [source.line_text(line) for line in range(source.line_count)]


class GitIgnore:
    """`.gitignore` rules of a tree, nested files included, matched with pathspec."""

    def __init__(self) -> None:
        self._specs: dict[Path, pathspec.PathSpec | None] = {}
        self._chains: dict[tuple[Path, Path], list] = {}

    def _spec(self, folder: Path) -> pathspec.PathSpec | None:
        if folder not in self._specs:
            spec = None
            text = read_text_file(folder / ".gitignore")
            spec = _gitignore_spec(text.splitlines())[0] if text else None
            self._specs[folder] = spec
        return self._specs[folder]

    def _chain(self, folder: Path, top: Path) -> list[tuple[Path, pathspec.PathSpec]]:
        """The .gitignore specs that apply inside `folder`, outermost first (cached)."""
        key = (folder, top)
        if key not in self._chains:
            if folder == top or folder.parent == folder:
                outer: list = []
            else:
                outer = self._chain(folder.parent, top)
            spec = self._spec(folder)
            self._chains[key] = outer + [(folder, spec)] if spec is not None else outer
        return self._chains[key]

    def ignored(self, path: Path, top: Path, is_dir: bool | None = None) -> bool:
        """Whether any .gitignore between `top` and the file's folder ignores `path`."""
        if is_dir is None:
            is_dir = path.is_dir()
        verdict = False
        for folder, spec in self._chain(path.parent, top):
            rel = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
            result = spec.check_file(rel)
            if result.include is not None:
                verdict = bool(result.include)
        return verdict


def walk(paths: list[Path], settings: Settings, notes: list[str]) -> list[Path]:
    """Files to scan under `paths`: .gitignore and excludes respected, symlinks kept inside.

    `.env*` files are collected even when git-ignored: a public variable in them still reaches
    the bundle, and the rules decide what an ignored file means.
    """
    exclude = None
    if settings.exclude:
        exclude, bad = _gitignore_spec(settings.exclude)
        notes.extend(f"exclude pattern {pattern!r} is not a valid gitignore pattern; skipped" for pattern in bad)
    gitignore = GitIgnore()
    out: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        kind = _kind(given)
        if kind == "file":
            out.append(given)
        elif kind == "dir":
            out += _walk_folder(given.resolve(), gitignore, exclude, seen, notes)
        else:
            notes.append(f"{given}: {kind}")
    return out


def _kind(path: Path) -> str:
    """"file", "dir", or why `path` is neither (a note; "cannot read (...)" is an I/O error)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "broken link; skipped" if path.is_symlink() else "no such file or directory"
    except (OSError, RuntimeError) as exc:  # ELOOP, EACCES on a parent folder ...
        if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
            return "symbolic link loop; skipped"
        return f"{READ_ERROR} ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISDIR(info.st_mode):
        return "dir"
    return "file" if stat.S_ISREG(info.st_mode) else "skipped, not a regular file"


def _walk_folder(top: Path, gitignore: GitIgnore, exclude, seen: set[Path], notes: list[str]) -> list[Path]:
    """Regular files under the resolved folder `top`; directory links are never followed (they
    may leave the tree or loop), file links only when they stay inside."""
    out: list[Path] = []

    def unreadable(exc: OSError) -> None:
        notes.append(f"{exc.filename}: {READ_ERROR} ({exc.strerror or exc})")

    for folder, dirs, files in os.walk(top, followlinks=False, onerror=unreadable):
        folder_path = Path(folder)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not
                         _skip(folder_path / d, top, top, gitignore, exclude, is_dir=True))
        # No exclude and no .gitignore above: nothing can skip a file of this folder (most of a tree).
        patterns = exclude is not None or bool(gitignore._chain(folder_path, top))
        for name in sorted(files):
            candidate = folder_path / name
            if patterns and _skip(candidate, top, top, gitignore, exclude, is_dir=False):
                continue
            try:
                mode = os.lstat(os.path.join(folder, name)).st_mode
            except OSError:
                continue  # gone since the listing
            if stat.S_ISLNK(mode):
                real = _inside(candidate, top)
                if real is None or _kind(candidate) != "file":
                    continue  # a link out of the tree, a loop, a link to a FIFO or a device
            elif stat.S_ISREG(mode):
                real = candidate  # one lstat says it all: no link to resolve, a regular file
            else:
                continue  # a FIFO, a socket, a device
            if real in seen:
                continue
            seen.add(real)
            out.append(candidate)
    return out


def _inside(candidate: Path, top: Path) -> Path | None:
    """The real path of `candidate` when it lies inside `top` (links resolved), else None."""
    if not candidate.is_symlink():
        return candidate
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return real if real.is_relative_to(top) else None


def _skip(path: Path, given: Path, top: Path, gitignore: GitIgnore, exclude, *, is_dir: bool) -> bool:
    rel = path.relative_to(given).as_posix()
    if exclude is not None and (exclude.match_file(rel) or exclude.match_file(rel + "/")):
        return True
    if is_dir and path.is_symlink():
        return True  # never follow a directory link: it may leave the tree or loop
    if not is_dir and is_env_file(path.name):
        return False
    # `path` lies under the resolved top (directory links are never followed), so it is real.
    return gitignore.ignored(path, top, is_dir)


def _gitignore_spec(lines):
    # Deferred: pathspec costs a tenth of `check`'s start-up, and most walks of a small folder
    # meet no `.gitignore` and no exclude pattern.
    from mistral_keyguard.globs import gitignore_spec

    return gitignore_spec(lines)
